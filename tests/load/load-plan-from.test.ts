import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { VplanError } from '../../src/diagnostics/index.js'
import { loadPlan, loadPlanFrom } from '../../src/load/index.js'
import { copyFixture, FIXTURES, memoryReader, rejection } from './helpers.js'

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

async function fixtureFiles(name: string, ...files: string[]) {
  const dir = path.join(FIXTURES, name)
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')] as const)))
}

describe('loadPlan', () => {
  it('returns the validated plan, its narratives keyed as written, and display paths', async () => {
    const dir = path.join(FIXTURES, 'valid-minimal')
    const loaded = await loadPlan(dir)
    expect(loaded.id).toBe('valid-minimal')
    expect(loaded.dir).toBe(dir.replace(/\/$/, ''))
    expect(loaded.planFile).toBe(path.join('tests', 'fixtures', 'load', 'valid-minimal', 'plan.yaml'))
    expect(loaded.plan.meta.template).toBe('default')
    expect(loaded.plan.budget.operating?.rows[0]?.label).toBe('Nämnd- och styrelseverksamhet')
    expect([...loaded.narratives.keys()]).toEqual([CHAPTER])
    expect(loaded.narratives.get(CHAPTER)!.file).toBe(path.join('tests', 'fixtures', 'load', 'valid-minimal', CHAPTER))
    expect(loaded.warnings).toEqual([])
  })

  it('throws one VplanError of kind input that carries every diagnostic', async () => {
    const error = await loadPlan(path.join(FIXTURES, 'path-escape')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).kind).toBe('input')
    expect((error as VplanError).message).toMatch(/plan\.yaml: 2 errors$/)
    expect((error as VplanError).diagnostics.map((d) => d.ruleId)).toEqual(['path-escape', 'path-escape'])
  })
})

describe('loadPlan on odd folders', () => {
  it('reports a reference to a folder as unreadable-file', async () => {
    const dir = await copyFixture('valid-minimal')
    const plan = path.join(dir, 'plan.yaml')
    await writeFile(plan, (await readFile(plan, 'utf8')).replace(CHAPTER, 'kapitel'))
    const diagnostics = await rejection(loadPlan(dir))
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 11, column: 11, ruleId: 'unreadable-file', message: "cannot read 'kapitel' (it is a folder, not a file)" }),
    ])
  })

  it('reports a folder that does not exist as a missing plan.yaml', async () => {
    const diagnostics = await rejection(loadPlan(path.join(FIXTURES, 'no-such-plan')))
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, column: 1, ruleId: 'missing-file' })])
  })
})

describe('loadPlanFrom (a plan from somewhere else, e.g. a git revision)', () => {
  it('loads through the reader and names files by the display folder', async () => {
    const reader = memoryReader(await fixtureFiles('valid-minimal', 'plan.yaml', CHAPTER))
    const loaded = await loadPlanFrom('knivsta-sn-2024', 'HEAD~1:plans/knivsta-sn-2024', reader)
    expect(loaded.planFile).toBe('HEAD~1:plans/knivsta-sn-2024/plan.yaml')
    expect(loaded.narratives.get(CHAPTER)!.file).toBe(`HEAD~1:plans/knivsta-sn-2024/${CHAPTER}`)
    // kolada.yaml too: a plan at a git revision is built with that revision's Kolada values.
    expect(reader.requested).toEqual(['plan.yaml', CHAPTER, 'kolada.yaml'])
  })

  it('never asks the reader for a reference that leaves the plan folder', async () => {
    const files = await fixtureFiles('path-escape', 'plan.yaml', CHAPTER)
    const reader = memoryReader(files)
    const diagnostics = await rejection(loadPlanFrom('p', 'p', reader))
    expect(diagnostics.map((d) => [d.line, d.column, d.ruleId])).toEqual([
      [12, 11, 'path-escape'],
      [13, 11, 'path-escape'],
    ])
    expect(reader.requested).toEqual(['plan.yaml', CHAPTER])
  })

  it.each([
    ['..\\..\\hemligt.md'],
    ['C:\\Users\\hemligt.md'],
    ['kapitel/../../hemligt.md'],
  ])('treats %s as leaving the folder on every platform', async (reference) => {
    const { 'plan.yaml': plan } = await fixtureFiles('valid-minimal', 'plan.yaml')
    const reader = memoryReader({ 'plan.yaml': plan!.replace(CHAPTER, reference.replace(/\\/g, '\\\\')) })
    const diagnostics = await rejection(loadPlanFrom('p', 'p', reader))
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['path-escape'])
    expect(reader.requested).toEqual(['plan.yaml'])
  })

  it('reports a missing plan.yaml as missing-file', async () => {
    const diagnostics = await rejection(loadPlanFrom('p', 'p', memoryReader({})))
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'p/plan.yaml', line: 1, column: 1, ruleId: 'missing-file' })])
  })

  it('reports schema problems and missing files together, so one run shows all', async () => {
    const { 'plan.yaml': plan } = await fixtureFiles('valid-minimal', 'plan.yaml')
    const broken = plan!.replace('year: 2024', 'year: tjugofyra')
    const diagnostics = await rejection(loadPlanFrom('p', 'p', memoryReader({ 'plan.yaml': broken })))
    expect(diagnostics.map((d) => [d.line, d.ruleId])).toEqual([
      [6, 'invalid-type'],
      [11, 'missing-file'],
    ])
  })
})
