import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { listPlanFacts } from '../../src/diff/textconv/list-plan-facts.js'
import { readPlanText } from '../../src/diff/textconv/read-plan-file.js'
import { diffPlanTexts } from '../../src/diff/textconv/diff-plan-texts.js'
import { PLAIN } from '../../src/diff/report/style.js'
import { Plan } from '../../src/model/index.js'
import { knivstaBase } from './make-plan.js'


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

describe('a plan.yaml diffed by its text, as git hands it over', () => {
  it('is the vplan report when both sides are plans', () => {
    const plan = knivstaBase()
    const before = stringify(plan)
    ;(plan.budget!.operating!.rows[3] as { values: number[] }).values[2] = 7000
    const output = diffPlanTexts('plans/k/plan.yaml', before, stringify(plan), PLAIN)
    expect(output).toContain('diff --vplan a/plans/k/plan.yaml b/plans/k/plan.yaml\n')
    expect(output).toContain('Nämndbudget 2024: 7\u00a0114 → 7\u00a0000\u00a0tkr')
  })

  it('is a unified line diff when a side is not a plan', () => {
    const output = diffPlanTexts('plans/k/plan.yaml', 'meta: [unfinished', stringify(knivstaBase()), PLAIN)
    expect(output).toMatch(/^={67}\n--- a\/plans\/k\/plan\.yaml\n\+\+\+ b\/plans\/k\/plan\.yaml\n/)
    expect(output).toContain('-meta: [unfinished')
  })
})
