import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { VplanError } from '../../src/diagnostics/index.js'
import { runCheck } from '../../src/cli/check.js'
import { findPlanDirs } from '../../src/cli/plan-dirs.js'

// The in-process tests give derive a known warning; the compiled CLI below uses the real one.
vi.mock('../../src/derive/index.js', () => ({
  derivePlan: () => ({
    derived: {},
    diagnostics: [
      { path: ['budget', 'operating', 'total', 'values', 2], severity: 'warning', ruleId: 'total-mismatch', message: 'stated 6618, rows sum to 6619' },
    ],
  }),
}))

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VALID = 'tests/fixtures/load/valid-minimal'
const BROKEN = 'tests/fixtures/load/unknown-key'
const DIAGNOSTIC_LINE = /^[^\s:][^:]*:\d+:\d+: (error|warning): .+ \[[a-z0-9-]+\]$/

function vplan(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/vplan.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stderr.split('\n').filter(Boolean) }
}

function expectNoStackTrace(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(stderr).not.toMatch(/\.(ts|js):\d+:\d+\)/)
}

describe('vplan check (compiled CLI)', () => {
  beforeAll(() => {
    // Other parts of the tree may not type-check yet; tsc still emits, which is all the CLI needs.
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' })
    } catch {
      // type errors elsewhere: the emitted JavaScript is still there
    }
  }, 180_000)

  it('exits 0 and prints one ok line for a valid plan', () => {
    const { status, stdout, stderr } = vplan('check', VALID)
    expect(stderr).toBe(`${VALID}: ok\n`)
    expect(stdout).toBe('')
    expect(status).toBe(0)
  })

  it('exits 1 and prints positioned diagnostics for a broken plan', () => {
    const { status, lines, stderr, stdout } = vplan('check', BROKEN)
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(lines).toEqual([`${BROKEN}/plan.yaml:15:1: error: unknown key 'goalz': did you mean 'goals'? [unknown-key]`])
    expectNoStackTrace(stderr)
  })

  it('checks every plan given and still exits 1 when one is broken', () => {
    const { status, lines, stderr } = vplan('check', VALID, 'tests/fixtures/load/yaml-syntax', 'tests/fixtures/load/empty-plan')
    expect(status).toBe(1)
    expect(lines[0]).toBe(`${VALID}: ok`)
    expect(lines.slice(1).every((line) => DIAGNOSTIC_LINE.test(line))).toBe(true)
    expect(lines.slice(1).map((line) => line.match(/\[([a-z0-9-]+)\]$/)![1])).toEqual(['yaml-syntax', 'empty-plan'])
    expectNoStackTrace(stderr)
  })

  it('formats every diagnostic of every broken fixture as file:line:column: severity: message [rule]', () => {
    const broken = ['bad-number', 'duplicate-key', 'invalid-type', 'invalid-value', 'missing-file', 'missing-key',
      'not-a-mapping', 'path-escape', 'union-part', 'alias-limit', 'comments-only'].map((name) => `tests/fixtures/load/${name}`)
    const { status, lines, stderr } = vplan('check', ...broken)
    expect(status).toBe(1)
    expect(lines.length).toBeGreaterThanOrEqual(broken.length)
    for (const line of lines) expect(line).toMatch(DIAGNOSTIC_LINE)
    expectNoStackTrace(stderr)
  })

  it('exits 2 for a folder without plan.yaml and for an unknown option, without a stack trace', () => {
    const notPlan = vplan('check', 'tests/fixtures')
    expect(notPlan.status).toBe(2)
    expect(notPlan.stderr).toBe('vplan: tests/fixtures: not a plan folder (no plan.yaml in it)\n')
    const badOption = vplan('check', '--strict-mode')
    expect(badOption.status).toBe(2)
    expect(badOption.stderr).toMatch(/^vplan: .*--strict-mode/)
    expectNoStackTrace(badOption.stderr + notPlan.stderr)
  })
})

describe('runCheck (in process)', () => {
  afterEach(() => void vi.restoreAllMocks())

  function captureStderr(): string[] {
    const written: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    return written
  }

  it('places derive diagnostics in plan.yaml and counts warnings on the ok line', async () => {
    const written = captureStderr()
    const code = await runCheck([path.join(ROOT, VALID)])
    expect(written.join('')).toBe(
      `${VALID}/plan.yaml:28:28: warning: stated 6618, rows sum to 6619 [total-mismatch]\n${VALID}: ok, 1 warning\n`,
    )
    expect(code).toBe(0)
  })

  it('returns 1 when a plan has errors', async () => {
    captureStderr()
    expect(await runCheck([path.join(ROOT, BROKEN)])).toBe(1)
  })
})

describe('findPlanDirs', () => {
  async function workspace(): Promise<string> {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'vplan-dirs-'))
    for (const id of ['knivsta-sn-2024', 'danderyd-sn-2024', 'utkast']) await mkdir(path.join(cwd, 'plans', id), { recursive: true })
    await writeFile(path.join(cwd, 'plans', 'knivsta-sn-2024', 'plan.yaml'), 'meta: {}\n')
    await writeFile(path.join(cwd, 'plans', 'danderyd-sn-2024', 'plan.yaml'), 'meta: {}\n')
    await writeFile(path.join(cwd, 'plans', 'README.md'), '# Planer\n')
    return cwd
  }

  it('defaults to every plans/<id>/ with a plan.yaml, sorted, as absolute paths', async () => {
    const cwd = await workspace()
    expect(await findPlanDirs([], cwd)).toEqual([
      path.join(cwd, 'plans', 'danderyd-sn-2024'),
      path.join(cwd, 'plans', 'knivsta-sn-2024'),
    ])
  })

  it('takes the folders given, in order, once each', async () => {
    const cwd = await workspace()
    expect(await findPlanDirs(['plans/knivsta-sn-2024', 'plans/danderyd-sn-2024/', 'plans/knivsta-sn-2024'], cwd)).toEqual([
      path.join(cwd, 'plans', 'knivsta-sn-2024'),
      path.join(cwd, 'plans', 'danderyd-sn-2024'),
    ])
  })

  it('refuses a given folder without plan.yaml as a usage error', async () => {
    const cwd = await workspace()
    const error = await findPlanDirs(['plans/utkast'], cwd).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).kind).toBe('usage')
    expect((error as VplanError).message).toBe('plans/utkast: not a plan folder (no plan.yaml in it)')
  })

  it('is a usage error when there are no plans at all', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'vplan-empty-'))
    await expect(findPlanDirs([], cwd)).rejects.toMatchObject({ kind: 'usage' })
  })
})
