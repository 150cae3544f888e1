import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withTscLock } from '../../support/tsc-lock.js'

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
export const BIN = path.join(ROOT, 'bin/vplan.js')

/** `file:line:column: severity: message [rule]`, the CLI contract's diagnostic line. */
export const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9-]+)\]$/

export interface Run {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** stderr lines in the diagnostic format, parsed. */
  diagnostics: { file: string; line: number; column: number; severity: string; message: string; ruleId: string }[]
  timedOut: boolean
}

/**
 * Runs the compiled CLI as a user would (a child process), with a time limit after which it is
 * killed: a hang is a failure with its own message, never a stuck test run.
 */
export function vplan(args: string[], options: { cwd: string; timeoutMs?: number }): Promise<Run> {
  const timeoutMs = options.timeoutMs ?? 120_000
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', VPLAN_DEBUG: '' } })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      const diagnostics = stderr.split('\n').flatMap((line) => {
        const m = DIAGNOSTIC_LINE.exec(line)
        return m ? [{ file: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, message: m[5]!, ruleId: m[6]! }] : []
      })
      resolve({ status, signal, stdout, stderr, diagnostics, timedOut })
    })
  })
}

/** Stack frames ("    at f (file.js:1:2)") must never reach a user. */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at /m.test(stderr) || /\.(ts|js):\d+:\d+\)?$/m.test(stderr)
}

/**
 * Brings dist/ up to date when a source file is newer than the compiled CLI (CI compiles before
 * testing, so there this does nothing). A lock folder keeps two test files from running tsc at
 * once, which could hand a spawned CLI a half-written file.
 */
export function ensureCompiled(): void {
  withTscLock(() => {
    if (newestSource(path.join(ROOT, 'src')) > compiledAt()) {
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc')
      // Other engineers' work in progress may not type-check; tsc still emits, which is all the CLI needs.
      spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' })
    }
  })
}

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : entry.name.endsWith('.ts') ? statSync(file).mtimeMs : 0)
  }
  return newest
}

function compiledAt(): number {
  try {
    return statSync(path.join(ROOT, 'dist/cli/main.js')).mtimeMs
  } catch {
    return 0
  }
}

/** Every file under a folder with its bytes, and every folder (as null): "byte-identical afterwards" compares these. */
export async function snapshot(dir: string): Promise<Map<string, Buffer | null>> {
  const result = new Map<string, Buffer | null>()
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name)
      const key = path.relative(dir, file)
      if (entry.isDirectory()) {
        result.set(key + '/', null)
        await walk(file)
      } else result.set(key, await readFile(file))
    }
  }
  if (await stat(dir).then(() => true, () => false)) await walk(dir)
  return result
}

/** Names of snapshot entries that differ (added, removed or changed). */
export function differences(before: Map<string, Buffer | null>, after: Map<string, Buffer | null>): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter((name) => {
    const a = before.get(name)
    const b = after.get(name)
    if (a === undefined || b === undefined) return true
    if (a === null || b === null) return a !== b
    return !a.equals(b)
  }).sort()
}
