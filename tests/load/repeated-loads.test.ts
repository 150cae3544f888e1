import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadPlan, loadPlanFrom } from '../../src/load/index.js'
import { parsePlanYaml } from '../../src/load/parse-plan-yaml.js'
import { diagnosticsOf, FIXTURES, memoryReader } from './helpers.js'

// Counts the YAML parses while keeping the real parser.
vi.mock('../../src/load/parse-plan-yaml.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/load/parse-plan-yaml.js')>()
  return { ...real, parsePlanYaml: vi.fn(real.parsePlanYaml) }
})

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

/** valid-minimal in memory, plan.yaml made unique so no earlier load has read this text. */
async function uniqueMinimalPlan(tag: string) {
  const dir = path.join(FIXTURES, 'valid-minimal')
  return {
    'plan.yaml': `# ${tag}\n` + (await readFile(path.join(dir, 'plan.yaml'), 'utf8')),
    [CHAPTER]: await readFile(path.join(dir, CHAPTER), 'utf8'),
  }
}

describe('loading the same plan.yaml again', () => {
  it('reads and validates an unchanged plan.yaml once', async () => {
    const files = await uniqueMinimalPlan('reads once')
    const parse = vi.mocked(parsePlanYaml)
    const before = parse.mock.calls.length
    await loadPlanFrom('p', 'p', memoryReader(files))
    await loadPlanFrom('p', 'p', memoryReader(files))
    expect(parse.mock.calls.length - before).toBe(1)
    await loadPlanFrom('p', 'p', memoryReader({ ...files, 'plan.yaml': files['plan.yaml'] + '\n' }))
    expect(parse.mock.calls.length - before).toBe(2)
  })

  it('hands out a plan of its own each time', async () => {
    const files = await uniqueMinimalPlan('own plan')
    const first = await loadPlanFrom('p', 'p', memoryReader(files))
    const pristine = structuredClone(first.plan)
    first.plan.meta.title = 'Ändrad'
    first.plan.document.pop()
    first.plan.budget.operating!.rows[0]!.label = 'Ändrad rad'
    const second = await loadPlanFrom('p', 'p', memoryReader(files))
    expect(second.plan).toStrictEqual(pristine)
    expect(second.plan).not.toBe(first.plan)
  })

  it('still reads the chapter files each time', async () => {
    const files = await uniqueMinimalPlan('reads chapters')
    await loadPlanFrom('p', 'p', memoryReader(files))
    const changed = await loadPlanFrom('p', 'p', memoryReader({ ...files, [CHAPTER]: '# Nytt kapitel\n' }))
    expect(changed.narratives.get(CHAPTER)!.text).toBe('# Nytt kapitel\n')
    const missing = await loadPlanFrom('p', 'p', memoryReader({ 'plan.yaml': files['plan.yaml']! })).catch((e: unknown) => e)
    expect((missing as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId)).toEqual(['missing-file'])
  })

  const fixtures = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory())
  for (const { name } of fixtures) {
    it(`${name}: the same diagnostics on every load`, async () => {
      const dir = path.join(FIXTURES, name)
      const first = await diagnosticsOf(dir)
      expect(await diagnosticsOf(dir)).toStrictEqual(first)
      expect(await diagnosticsOf(dir)).toStrictEqual(first)
    })
  }

  it('a plan loaded again equals the first load', async () => {
    const dir = path.join(FIXTURES, 'valid-merge-keys')
    const first = await loadPlan(dir)
    const second = await loadPlan(dir)
    expect(second.plan).toStrictEqual(first.plan)
    expect(second.warnings).toStrictEqual(first.warnings)
    expect(second.locate(['document', 0])).toStrictEqual(first.locate(['document', 0]))
  })
})
