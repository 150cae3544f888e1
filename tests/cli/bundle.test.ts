import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, BUNDLE_DIR, ensureBundle, ROOT } from './support/ensure-bundle.js'

const SEED = path.join(ROOT, 'plans/knivsta-sn-2024')
const BUNDLE_ENTRY = path.join(BUNDLE_DIR, 'vplan.js')
const COMPILED_ENTRY = path.join(ROOT, 'dist/cli/main.js')
let temp = ''

type Entry = 'bundle' | 'dist'

/** bin/vplan.js as a user runs it; 'dist' forces dist/cli/main.js. VPLAN_DEBUG makes it name its entry. */
function vplan(entry: Entry, args: string[], cwd = temp) {
  const env = { ...process.env, NO_COLOR: '1', VPLAN_DEBUG: '1', VPLAN_NO_BUNDLE: entry === 'dist' ? '1' : '' }
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' })
  const [first, ...rest] = result.stderr.split('\n')
  return { status: result.status, stdout: result.stdout, ran: first!.replace(/^vplan: running /, ''), stderr: rest.join('\n') }
}

/** The outputs in an output folder; the build record in .vplan/ names the code that made them, so differs by design. */
function files(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).filter((name) => name !== '.vplan').sort().map((name) => [name, readFileSync(path.join(dir, name))]))
}

beforeAll(() => {
  ensureBundle()
  temp = mkdtempSync(path.join(os.tmpdir(), 'vplan-bundle-'))
  // A copy outside the package, so the shipped templates are found from the bundle's own path.
  cpSync(SEED, path.join(temp, 'plan'), { recursive: true })
  // What the bundle must reproduce: every format, as dist/cli/main.js builds it.
  const reference = vplan('dist', ['build', 'plan', '--out', 'out-dist'])
  expect(reference.ran).toBe(COMPILED_ENTRY)
  expect(reference.status).toBe(0)
}, 300_000)

afterAll(() => rmSync(temp, { recursive: true, force: true }))

// Each case starts node a few times; on a busy 2-core machine that takes seconds.
describe('the bundled CLI (dist/bundle/)', { timeout: 120_000 }, () => {
  it('is what bin/vplan.js runs, and builds a seed plan byte for byte as dist/cli/main.js does', () => {
    const bundled = vplan('bundle', ['build', 'plan', '--out', 'out-bundle'])
    expect(bundled.ran).toBe(BUNDLE_ENTRY)
    expect(bundled.status).toBe(0)
    const fromBundle = files(path.join(temp, 'out-bundle'))
    expect([...fromBundle.keys()]).toEqual(['plan.html', 'plan.md', 'plan.pdf'])
    expect(fromBundle).toEqual(files(path.join(temp, 'out-dist')))
  })

  it('checks, diffs and prints help as dist/cli/main.js does', () => {
    const copy = (name: string, edit: (yaml: string) => string) => {
      cpSync(SEED, path.join(temp, name), { recursive: true })
      const yaml = path.join(temp, name, 'plan.yaml')
      writeFileSync(yaml, edit(readFileSync(yaml, 'utf8')))
    }
    copy('edited', (yaml) => yaml.replace('values: [1427, 1456, 1456]', 'values: [1427, 1456, 1500]'))
    copy('broken', (yaml) => yaml.replace(/^budget:/m, 'budgett: 1\nbudget:'))
    const commands = [
      ['--help'],
      ['check', 'plan'],
      ['check', 'edited', 'broken'],
      ['diff', 'plan', 'edited'],
      ['diff', 'plan', 'edited', '--format', 'json'],
      ['diff', '--textconv', 'plan/plan.yaml'],
      ['nonsense'],
    ]
    for (const args of commands) {
      const { ran, ...bundled } = vplan('bundle', args)
      const compiled = vplan('dist', args)
      expect(ran).toBe(BUNDLE_ENTRY)
      expect({ args, ...bundled }).toEqual({ args, status: compiled.status, stdout: compiled.stdout, stderr: compiled.stderr })
    }
    // The HTML report is a lazily loaded chunk of its own.
    for (const entry of ['bundle', 'dist'] as const) {
      expect(vplan(entry, ['diff', 'plan', 'edited', '--format', 'html', '--out', `${entry}.html`]).status).toBe(1)
    }
    expect(readFileSync(path.join(temp, 'bundle.html'))).toEqual(readFileSync(path.join(temp, 'dist.html')))
  })

  it('diffs against a git revision as dist/cli/main.js does', () => {
    const repo = path.join(temp, 'repo')
    cpSync(SEED, path.join(repo, 'plan'), { recursive: true })
    const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.invalid' }
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' })
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'plan')
    const yaml = path.join(repo, 'plan/plan.yaml')
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('values: [1427, 1456, 1456]', 'values: [1427, 1456, 1500]'))
    const { ran, ...bundled } = vplan('bundle', ['diff', '--git', 'HEAD', 'plan'], repo)
    expect(ran).toBe(BUNDLE_ENTRY)
    expect(bundled.status).toBe(1)
    expect(bundled.stdout).toContain('1\u00a0456 → 1\u00a0500')
    const compiled = vplan('dist', ['diff', '--git', 'HEAD', 'plan'], repo)
    expect(bundled).toEqual({ status: compiled.status, stdout: compiled.stdout, stderr: compiled.stderr })
  })

  it('serves the preview, with the PDF rendered on its thread from the bundle', async () => {
    const built = readFileSync(path.join(temp, 'out-dist/plan.pdf'))
    const child = spawn(process.execPath, [BIN, 'serve', 'plan', '--port', '0'], { cwd: temp, env: { ...process.env, VPLAN_DEBUG: '1' } })
    try {
      let output = ''
      child.stderr.setEncoding('utf8')
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: string) => {
          output += chunk
          const found = /vplan serve: (http:\/\/\S+\/)/.exec(output)
          if (found) resolve(found[1]!)
        })
        child.on('exit', (code) => reject(new Error(`vplan serve exited with ${code}:\n${output}`)))
      })
      expect(output.split('\n')[0]).toBe(`vplan: running ${BUNDLE_ENTRY}`)
      const response = await fetch(`${url}plan.pdf`)
      expect(response.status).toBe(200)
      expect(Buffer.from(await response.arrayBuffer())).toEqual(built)
    } finally {
      child.kill('SIGINT')
      await once(child, 'exit')
    }
  })

  it('has the PDF thread as an entry beside the chunk that starts it', async () => {
    // src/serve/start-pdf-worker.ts starts new URL('./pdf-worker.js', import.meta.url).
    const starter = readdirSync(BUNDLE_DIR).filter((name) => readFileSync(path.join(BUNDLE_DIR, name), 'utf8').includes('new URL("./pdf-worker.js", import.meta.url)'))
    expect(starter).toHaveLength(1)
    const worker = new Worker(path.join(BUNDLE_DIR, 'pdf-worker.js'))
    try {
      worker.postMessage({ id: 7, planDir: path.join(temp, 'plan'), templateRoots: [path.join(ROOT, 'templates')], templatesGeneration: 0, composedFile: 'out/plan.md' })
      const [reply] = (await once(worker, 'message')) as [{ id: number; bytes?: Uint8Array; error?: string }]
      expect(reply.error).toBeUndefined()
      expect(Buffer.from(reply.bytes!)).toEqual(readFileSync(path.join(temp, 'out-dist/plan.pdf')))
    } finally {
      await worker.terminate()
    }
  })

  it('carries the shipped templates precompiled, for the sources as they are now', async () => {
    const { loadTemplateSet } = await import('../../src/load/load-template-set.js')
    const { templateSourcesHash } = await import('../../src/compose/template-hash.js')
    const bundle = readdirSync(BUNDLE_DIR).map((name) => readFileSync(path.join(BUNDLE_DIR, name), 'utf8')).join('\n')
    for (const name of ['default', 'knivsta', 'danderyd']) {
      const hash = templateSourcesHash(await loadTemplateSet(name, [path.join(ROOT, 'templates')]))
      expect({ name, carried: bundle.includes(hash) }).toEqual({ name, carried: true })
    }
  })
})

describe('bin/vplan.js', () => {
  let shims = 0
  /** The shim in a package of its own, whose two entries say which one ran and exit with 3 or 4. */
  function fakePackage(): { dir: string; run(env?: Record<string, string>): { status: number | null; stdout: string }; age(file: string, seconds: number): void } {
    const dir = path.join(temp, `shim-${shims++}`)
    cpSync(BIN, path.join(dir, 'bin/vplan.js'))
    const entry = (file: string, name: string, code: number) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), `export async function main(argv) { process.stdout.write('${name} ' + argv.join(' ')); return ${code} }\n`)
    }
    entry('dist/cli/main.js', 'dist', 3)
    entry('dist/bundle/vplan.js', 'bundle', 4)
    writeFileSync(path.join(dir, 'dist/.tsbuildinfo'), '{}')
    return {
      dir,
      run: (env = {}) => {
        const result = spawnSync(process.execPath, [path.join(dir, 'bin/vplan.js'), 'build', 'x'], { encoding: 'utf8', env: { ...process.env, VPLAN_NO_BUNDLE: '', VPLAN_DEBUG: '', ...env } })
        return { status: result.status, stdout: result.stdout }
      },
      age: (file, seconds) => {
        const when = new Date(Date.now() - seconds * 1000)
        utimesSync(path.join(dir, file), when, when)
      },
    }
  }

  it('runs the bundle when it is newer than tsc\'s last output, with the arguments and exit code', () => {
    const pkg = fakePackage()
    pkg.age('dist/.tsbuildinfo', 60)
    expect(pkg.run()).toEqual({ status: 4, stdout: 'bundle build x' })
  })

  it('runs dist/cli/main.js when tsc wrote after the bundle, or when asked to', () => {
    const pkg = fakePackage()
    pkg.age('dist/bundle/vplan.js', 60)
    expect(pkg.run()).toEqual({ status: 3, stdout: 'dist build x' })
    pkg.age('dist/.tsbuildinfo', 120)
    expect(pkg.run({ VPLAN_NO_BUNDLE: '1' })).toEqual({ status: 3, stdout: 'dist build x' })
  })

  it('runs dist/cli/main.js when there is no bundle', () => {
    const pkg = fakePackage()
    rmSync(path.join(pkg.dir, 'dist/bundle'), { recursive: true })
    expect(pkg.run()).toEqual({ status: 3, stdout: 'dist build x' })
  })
})
