import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { listPlanFacts } from '../../src/diff/textconv/list-plan-facts.js'
import { readPlanText } from '../../src/diff/textconv/read-plan-file.js'
import { runGitDriver } from '../../src/diff/textconv/run-git-driver.js'
import { PLAIN } from '../../src/diff/render/style.js'
import { Plan } from '../../src/model/index.js'
import { knivstaBase } from './make-plan.js'

const temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-textconv-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

describe('textconv listing', () => {
  const facts = listPlanFacts(Plan.parse(knivstaBase()))

  it('is one fact per line, addressed by its full path', () => {
    expect(facts).toContain('Uppgifter › Titel: Verksamhetsplan 2024 för Socialnämnden')
    expect(facts).toContain('Dokumentets delar › 2: [operatingBudget]')
    expect(facts).toContain('Driftsbudget › Vård och omsorg enligt SoL och HSL › LOV - hemtjänst och delegerad HSL › Nämndbudget 2024: 36 414 tkr')
    expect(facts).toContain('Driftsbudget › Summa › Nämndbudget 2024: 177 911 tkr')
    expect(facts.every((fact) => !fact.includes('\n'))).toBe(true)
  })

  it('does not depend on YAML layout, comments or key order', () => {
    const reordered = `# kommentar\n${stringify({ budget: knivstaBase().budget, document: knivstaBase().document, meta: knivstaBase().meta }, { indent: 4 })}`
    expect(listPlanFacts(readPlanText(reordered)!)).toEqual(facts)
  })

  it('gives up on text that is not a plan, so git shows the file itself', () => {
    expect(readPlanText('meta: [unfinished')).toBeUndefined()
    expect(readPlanText('just: text')).toBeUndefined()
  })
})

describe('git external diff driver', () => {
  it('prints the vplan report for two versions of plan.yaml', async () => {
    const before = path.join(temp, 'old.yaml')
    const after = path.join(temp, 'new.yaml')
    const plan = knivstaBase()
    await writeFile(before, stringify(plan))
    ;(plan.budget!.operating!.rows[3] as { values: number[] }).values[2] = 7000
    await writeFile(after, stringify(plan))
    const output = await runGitDriver(['plans/k/plan.yaml', before, 'abc', '100644', after, 'def', '100644'], PLAIN)
    expect(output).toContain('diff --vplan a/plans/k/plan.yaml b/plans/k/plan.yaml\n')
    expect(output).toContain('Driftsbudget › Färdtjänst och riksfärdtjänst › Nämndbudget 2024: 7\u00a0114 → 7\u00a0000\u00a0tkr (\u2212114, \u22121,6\u00a0%)')
  })

  it('falls back to a unified line diff when a side is not a plan (an added file)', async () => {
    const after = path.join(temp, 'added.yaml')
    await writeFile(after, stringify(knivstaBase()))
    const output = await runGitDriver(['plans/k/plan.yaml', '/dev/null', '.', '.', after, 'def', '100644'], PLAIN)
    expect(output).toMatch(/^={67}\n--- a\/plans\/k\/plan\.yaml\n\+\+\+ b\/plans\/k\/plan\.yaml\n/)
    expect(output).toContain('+meta:')
  })
})
