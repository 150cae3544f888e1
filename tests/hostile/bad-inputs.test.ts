import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { differences, ensureCompiled, hasStackTrace, ROOT, snapshot, vplan } from './support/cli.js'
import { SETUPS, type Cleanup } from './support/setups.js'

/**
 * The corpus of broken inputs (tests/fixtures/bad/, see docs/robustness.md). Each case is a plan
 * folder derived from plans/knivsta-sn-2024 and its expected.json:
 *
 *   { why, exitCode, setup?, diagnostic: { file, line, column, ruleId, severity, messageIncludes } }
 *
 * The CLI is run as a user would run it, in a copy of the case named like the real plan, after a
 * valid build of the same plan id has filled the out folder. Every case asserts the exit code (1 =
 * the input, 2 = the environment), exactly one positioned diagnostic line, no stack trace, and
 * that the previous outputs are byte-identical afterwards (no temp file left either).
 * `UPDATE=1` rewrites each expected.json's diagnostic from what the CLI prints now (review it).
 */
const BAD = path.join(ROOT, 'tests/fixtures/bad')
const PLAN_ID = 'knivsta-sn-2024'
const FORMATS = ['md', 'html', 'pdf']

interface Expected {
  why: string
  exitCode: number
  setup?: string
  diagnostic?: { file: string; line: number; column: number; ruleId: string; severity: string; messageIncludes: string }
  _includes?: string | null
}

const cases = (await readdir(BAD, { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'valid').map((e) => e.name).sort()

let work: string
let reference: string

/** The case's plan in `<tmp>/knivsta-sn-2024/` and the previous outputs in `<tmp>/out/`. */
async function prepare(name: string) {
  const dir = await mkdtemp(path.join(work, `${name}-`))
  const plan = path.join(dir, PLAN_ID)
  const out = path.join(dir, 'out')
  await cp(path.join(BAD, name), plan, { recursive: true })
  await rm(path.join(plan, 'expected.json'))
  await cp(reference, out, { recursive: true })
  return { plan, out }
}

beforeAll(async () => {
  ensureCompiled()
  work = await mkdtemp(path.join(os.tmpdir(), 'vplan-bad-'))
  // The "previous outputs": a valid build of the same plan id, made once and copied per case.
  const valid = path.join(work, 'valid', PLAN_ID)
  reference = path.join(work, 'valid', 'out')
  await cp(path.join(BAD, 'valid'), valid, { recursive: true })
  await rm(path.join(valid, 'expected.json'))
  const run = await vplan(['build', '.', '--out', '../out'], { cwd: valid })
  if (run.status !== 0) throw new Error(`the valid plan does not build:\n${run.stderr}`)
  expect(run.diagnostics).toEqual([])
}, 180_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('broken inputs (tests/fixtures/bad)', () => {
  it('has at least 25 cases, each with an expected.json that says why', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
    for (const name of cases) {
      const expected = JSON.parse(await readFile(path.join(BAD, name, 'expected.json'), 'utf8')) as Expected
      expect(expected.why, name).toBeTruthy()
      expect([0, 1, 2], name).toContain(expected.exitCode)
      if (expected.exitCode !== 0 && !process.env.UPDATE) expect(expected.diagnostic, name).toBeDefined()
    }
  })

  it.concurrent.each(cases)('%s', async (name) => {
    const expectedFile = path.join(BAD, name, 'expected.json')
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected
    const dirs = await prepare(name)
    let cleanup: Cleanup | void = undefined
    try {
      if (expected.setup) {
        const setup = SETUPS[expected.setup]
        if (!setup) throw new Error(`${name}: unknown setup '${expected.setup}'`)
        cleanup = await setup(dirs)
      }
      const before = await snapshot(dirs.out)
      const started = Date.now()
      const run = await vplan(['build', '.', '--out', '../out'], { cwd: dirs.plan, timeoutMs: 150_000 })
      const seconds = (Date.now() - started) / 1000
      const after = await snapshot(dirs.out)

      if (process.env.UPDATE && expected.exitCode !== 0) {
        const d = run.diagnostics[0]
        const { _includes, ...rest } = expected
        const messageIncludes = expected.diagnostic?.messageIncludes ?? _includes ?? d?.message ?? ''
        const diagnostic = d && { file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, severity: d.severity, messageIncludes }
        await writeFile(expectedFile, JSON.stringify({ ...rest, exitCode: run.status, diagnostic }, null, 2) + '\n')
        return
      }

      expect(run.timedOut, `${name}: the build did not end within the time limit`).toBe(false)
      expect(hasStackTrace(run.stderr), run.stderr).toBe(false)
      expect(run.status, run.stderr).toBe(expected.exitCode)
      if (expected.exitCode === 0) {
        // Accepted input (a BOM): the build is the same as the valid plan's.
        expect(run.diagnostics).toEqual([])
        // The outputs; the build record's fingerprint is of the input, which differs (a BOM).
        expect(differences(await snapshot(reference), after).filter((name) => !name.startsWith('.vplan/'))).toEqual([])
        return
      }
      // Exactly one clear positioned diagnostic, the expected one.
      expect(run.diagnostics, run.stderr).toHaveLength(1)
      const { messageIncludes, ...position } = expected.diagnostic!
      const [actual] = run.diagnostics
      expect({ file: actual!.file, line: actual!.line, column: actual!.column, ruleId: actual!.ruleId, severity: actual!.severity }).toEqual(position)
      expect(actual!.message).toContain(messageIncludes)
      // Besides it, only the one-line summary of the plan; no "internal error".
      expect(run.stderr.trim().split('\n').filter((line) => !line.includes(`[${actual!.ruleId}]`))).toEqual([
        '.: not built (the previous output is kept)',
      ])
      // Nothing lost: the previous outputs are byte-identical, and no temporary file was left.
      expect(differences(before, after)).toEqual([])
      // (The build record beside them, .vplan/<id>.json, is the last good build's too.)
      const record = ['.vplan/', `.vplan/${PLAN_ID}.json`]
      expect([...after.keys()].filter((file) => !record.includes(file) && FORMATS.every((f) => !file.startsWith(`${PLAN_ID}.${f}`)))).toEqual([])
      expect(seconds).toBeLessThan(120)
    } finally {
      if (cleanup) await cleanup()
    }
  }, 200_000)
})
