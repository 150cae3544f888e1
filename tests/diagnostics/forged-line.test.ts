import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import { startPreview } from '../../src/serve/index.js'
import { connectEvents } from '../serve/support/event-client.js'

/**
 * Issue 14: a chapter path in plan.yaml that holds a newline, a forged diagnostic and an escape
 * sequence. Every command prints exactly one line per diagnostic and no raw control character.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VALID = path.join(ROOT, 'tests/fixtures/load/valid-minimal')
const FORGED = String.raw`"kapitel/x\nEVIL.md:1:1: error: forged [rule]\u001b[31m.md"`
const DIAGNOSTIC_LINE = /^[^\s:][^:]*:\d+:\d+: (error|warning): .+ \[[a-z0-9-]+\]$/
// C0 other than \n, DEL, C1, line/paragraph separators and bidi controls.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

let temp = ''
let good = ''
let evil = ''

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-forged-'))
  good = path.join(temp, 'good')
  evil = path.join(temp, 'evil')
  await cp(VALID, good, { recursive: true })
  await cp(VALID, evil, { recursive: true })
  const yaml = await readFile(path.join(evil, 'plan.yaml'), 'utf8')
  const edited = yaml.replace('- file: kapitel/01-styr-och-ledningsmodell.md', `- file: ${FORGED}`)
  expect(edited).not.toBe(yaml)
  await writeFile(path.join(evil, 'plan.yaml'), edited)
})

afterAll(() => rm(temp, { recursive: true, force: true }))

afterEach(() => {
  vi.restoreAllMocks()
})

/** Runs `vplan ...args` in this process and collects what it writes. */
async function vplan(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true))
  try {
    const status = await main(args)
    return { status, stdout, stderr }
  } finally {
    vi.restoreAllMocks()
  }
}

function expectOneForgedDiagnostic(lines: string[]): void {
  const diagnostics = lines.filter((line) => DIAGNOSTIC_LINE.test(line))
  expect(diagnostics).toHaveLength(1)
  expect(diagnostics[0]).toMatch(/plan\.yaml:\d+:\d+: error: file not found: 'kapitel\/x\\nEVIL\.md:1:1: error: forged \[rule\]\\u\{1b\}\[31m\.md' .* \[missing-file\]$/)
  expect(lines.some((line) => line.startsWith('EVIL.md'))).toBe(false)
}

function expectNoRawControl(...texts: string[]): void {
  for (const text of texts) expect(text).not.toMatch(RAW_CONTROL)
}

describe('a forged diagnostic in a chapter path', { timeout: 30_000 }, () => {
  it('vplan check prints it as one escaped line', async () => {
    const { status, stdout, stderr } = await vplan('check', evil)
    expect(status).toBe(1)
    expectNoRawControl(stdout, stderr)
    const lines = stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expectOneForgedDiagnostic(lines)
  })

  it('vplan build prints it as one escaped line', async () => {
    const { status, stdout, stderr } = await vplan('build', evil, '--out', path.join(temp, 'out'))
    expect(status).toBe(1)
    expectNoRawControl(stdout, stderr)
    const lines = stderr.split('\n').filter(Boolean)
    expectOneForgedDiagnostic(lines)
    expect(lines.at(-1)).toMatch(/: not built \(the previous output is kept\)$/)
    expect(lines).toHaveLength(2)
  })

  it('vplan diff prints it as one escaped line', async () => {
    const { status, stdout, stderr } = await vplan('diff', good, evil)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expectNoRawControl(stderr)
    const lines = stderr.split('\n').filter(Boolean)
    expectOneForgedDiagnostic(lines)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/^vplan: cannot compare: /)
  })

  it('vplan serve logs it as one escaped line and sends it to the page as data', async () => {
    const log: string[] = []
    const preview = await startPreview({ planDir: evil, port: 0, pdfThread: false, templateRoots: [path.join(ROOT, 'templates')], log: (line) => log.push(line) })
    const events = await connectEvents(`${preview.url}__vplan/events`)
    try {
      const problems = await events.waitFor('problems')
      expect(problems.data.diagnostics).toHaveLength(1)
      expect(problems.data.diagnostics[0]).toMatchObject({ ruleId: 'missing-file', message: expect.stringContaining('x\nEVIL.md') })
      const lines = log.join('\n').split('\n')
      expectNoRawControl(lines.join('\n'))
      expectOneForgedDiagnostic(lines)
      expect(lines).toEqual([expect.stringMatching(DIAGNOSTIC_LINE), 'not rebuilt: still serving the last good page'])
    } finally {
      events.close()
      await preview.close()
    }
  })
})

describe('a template that cannot be loaded', { timeout: 30_000 }, () => {
  it('vplan build reports an unknown template at template: in plan.yaml', async () => {
    const dir = path.join(temp, 'unknown-template')
    await cp(VALID, dir, { recursive: true })
    const yaml = await readFile(path.join(dir, 'plan.yaml'), 'utf8')
    await writeFile(path.join(dir, 'plan.yaml'), yaml.replace('  year: 2024\n', '  year: 2024\n  template: nowhere\n'))
    const { status, stderr } = await vplan('build', dir, '--out', path.join(temp, 'out'))
    expect(status).toBe(1)
    const lines = stderr.split('\n').filter(Boolean)
    expect(lines[0]).toMatch(/unknown-template\/plan\.yaml:7:13: error: unknown template 'nowhere' \(looked in .*\) \[unknown-template\]$/)
    expect(lines).toHaveLength(2)
  })
})
