import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureCompiled, hasStackTrace, vplan } from '../hostile/support/cli.js'

/*
 * `vplan build` rebuilds only what changed: a plan whose inputs (its folder, the templates, vplan
 * itself) and outputs are those of its last build is reported up to date and left alone; an edit,
 * an output deleted or altered, or --force builds it again. Several plans go to a thread pool
 * and come out the same bytes, reported in the plans' order.
 */
const FORMATS = ['--format', 'html,md']
let work: string

beforeAll(async () => {
  ensureCompiled()
  work = await mkdtemp(path.join(os.tmpdir(), 'vplan-incremental-'))
  for (const [seed, ids] of [['knivsta-sn-2024', ['knivsta-a', 'knivsta-b']], ['danderyd-sn-2024', ['danderyd-a', 'danderyd-b']]] as const) {
    for (const id of ids) await cp(path.join('plans', seed), path.join(work, 'plans', id), { recursive: true })
  }
}, 60_000)

const build = (...args: string[]) => vplan(['build', ...args], { cwd: work, timeoutMs: 180_000 })
const mtime = async (file: string) => (await stat(path.join(work, file))).mtimeMs

describe('vplan build skips what is up to date', { timeout: 180_000 }, () => {
  it('builds once, then reports the plan up to date and writes nothing', async () => {
    const first = await build('plans/knivsta-a', ...FORMATS)
    expect(first.status).toBe(0)
    const before = await mtime('out/knivsta-a.html')
    const again = await build('plans/knivsta-a', ...FORMATS)
    expect(again.status).toBe(0)
    expect(again.stderr).toContain('plans/knivsta-a: up to date (out/knivsta-a.html, out/knivsta-a.md; --force rebuilds)')
    expect(await mtime('out/knivsta-a.html')).toBe(before)
  })

  it('builds again after an edit, an output deleted or altered by hand, or with --force', async () => {
    const chapter = path.join(work, 'plans/knivsta-a/kapitel/01-styr-och-ledningsmodell.md')
    await writeFile(chapter, `${await readFile(chapter, 'utf8')}\nEtt stycke till.\n`)
    expect((await build('plans/knivsta-a', ...FORMATS)).stderr).toMatch(/plans\/knivsta-a → out\/knivsta-a\.md/)
    expect(await readFile(path.join(work, 'out/knivsta-a.md'), 'utf8')).toContain('Ett stycke till.')
    await rm(path.join(work, 'out/knivsta-a.md'))
    expect((await build('plans/knivsta-a', ...FORMATS)).stderr).toMatch(/plans\/knivsta-a → /)
    await writeFile(path.join(work, 'out/knivsta-a.html'), 'redigerad för hand')
    expect((await build('plans/knivsta-a', ...FORMATS)).stderr).toMatch(/plans\/knivsta-a → /)
    expect(await readFile(path.join(work, 'out/knivsta-a.html'), 'utf8')).toMatch(/^<!doctype html>/)
    expect((await build('plans/knivsta-a', ...FORMATS)).stderr).toContain('up to date')
    expect((await build('plans/knivsta-a', ...FORMATS, '--force')).stderr).toMatch(/plans\/knivsta-a → /)
  })

  it('shows the warnings of the last build again when it does not rebuild', async () => {
    const chapter = path.join(work, 'plans/knivsta-b/kapitel/01-styr-och-ledningsmodell.md')
    await writeFile(chapter, `${await readFile(chapter, 'utf8')}\n:::okand\nText i ett okänt direktiv.\n:::\n`)
    const first = await build('plans/knivsta-b', ...FORMATS)
    const again = await build('plans/knivsta-b', ...FORMATS)
    const warnings = (run: typeof first) => run.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.file}:${d.line}:${d.ruleId}`)
    expect(warnings(first)).toEqual([expect.stringMatching(/^plans\/knivsta-b\/kapitel\/01-styr-och-ledningsmodell\.md:\d+:unknown-directive$/)])
    expect(warnings(again)).toEqual(warnings(first))
    expect(again.stderr).toContain('up to date')
  })
})

describe('vplan build spreads plans over threads', { timeout: 180_000 }, () => {
  it('builds four plans on two threads to the same bytes as on one, reported in the plans’ order', async () => {
    const plans = ['plans/danderyd-a', 'plans/danderyd-b', 'plans/knivsta-a', 'plans/knivsta-b']
    const one = await build(...plans, '--out', 'one', ...FORMATS, '--jobs', '1')
    const pool = await build(...plans, '--out', 'pool', ...FORMATS, '--jobs', '2')
    expect([one.status, pool.status]).toEqual([0, 0])
    expect(hasStackTrace(pool.stderr)).toBe(false)
    const order = (stderr: string) => [...stderr.matchAll(/^(plans\/[a-z-]+) → /gm)].map((m) => m[1])
    expect(order(pool.stderr)).toEqual(plans)
    for (const id of ['danderyd-a', 'danderyd-b', 'knivsta-a', 'knivsta-b']) {
      for (const ext of ['.html', '.md']) {
        expect(await readFile(path.join(work, 'pool', id + ext), 'utf8')).toBe(await readFile(path.join(work, 'one', id + ext), 'utf8'))
      }
    }
  })

  it('refuses a --jobs that is not a whole number of threads', async () => {
    const run = await build('plans/knivsta-a', '--jobs', 'två')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("--jobs takes a whole number of threads, 1 or more (got 'två')")
  })
})
