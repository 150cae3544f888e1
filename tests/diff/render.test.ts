import { describe, expect, it } from 'vitest'
import { diffPlans } from '../../src/diff/index.js'
import { renderHtml } from '../../src/diff/report/html/render-html.js'
import { renderJson } from '../../src/diff/report/render-json.js'
import { renderText } from '../../src/diff/report/render-text.js'
import { chooseStyle, COLOURED, PLAIN } from '../../src/diff/report/style.js'
import type { MoneyRowInput } from '../../src/model/index.js'
import { copy, knivstaBase, snapshot } from './make-plan.js'

function budgetCut() {
  const before = knivstaBase()
  const after = copy(before)
  const rows = after.budget!.operating!.rows as MoneyRowInput[]
  rows[3]!.values![2] = 5114 // Färdtjänst: 7 114 → 5 114
  rows[0]!.label = 'Nämnd- och <styrelse>verksamhet & "kansli"'
  return { before: snapshot(before), after: snapshot(after) }
}

describe('text report', () => {
  it('uses Swedish number format: no-break spaces, U+2212 minus, decimal comma', () => {
    const { before, after } = budgetCut()
    const text = renderText(diffPlans(before, after))
    expect(text).toContain('Driftsbudget › Färdtjänst och riksfärdtjänst › Nämndbudget 2024: 7\u00a0114 → 5\u00a0114\u00a0tkr (\u22122\u00a0000, \u221228,1\u00a0%)')
    expect(text).toContain('Största beloppsförändringar\n  Driftsbudget › Färdtjänst och riksfärdtjänst › Nämndbudget 2024: \u22122\u00a0000\u00a0tkr (\u221228,1\u00a0%)')
    expect(text).not.toMatch(/\u001b\[/)
  })

  it('puts the summary first and one line per change after it', () => {
    const { before, after } = budgetCut()
    const lines = renderText(diffPlans(before, after)).split('\n')
    expect(lines[1]).toBe('3 ändringar')
    expect(lines[2]).toBe('  Driftsbudget: 1 omdöpt, 2 ändrade värden')
    expect(lines.indexOf('Ändringar')).toBeGreaterThan(lines.indexOf('Största beloppsförändringar'))
  })

  it('colours only on a terminal without NO_COLOR', () => {
    expect(chooseStyle({ isTTY: true }, {})).toBe(COLOURED)
    expect(chooseStyle({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN)
    expect(chooseStyle({ isTTY: false }, {})).toBe(PLAIN)
    const { before, after } = budgetCut()
    expect(renderText(diffPlans(before, after), COLOURED)).toMatch(/\u001b\[32m5\u00a0114\u001b\[39m/)
  })

  it('says only that nothing changed for equal drafts', () => {
    const plan = snapshot(knivstaBase())
    expect(renderText(diffPlans(plan, plan))).toBe('vplan diff knivsta-sn-2024 (2023-12-13) → knivsta-sn-2024 (2023-12-13)\nInga ändringar.\n')
  })

  it('names a plan that states no date by its id alone, never "(undefined)"', () => {
    const input = knivstaBase()
    delete input.meta.date
    const plan = snapshot(input)
    expect(renderText(diffPlans(plan, plan))).toBe('vplan diff knivsta-sn-2024 → knivsta-sn-2024\nInga ändringar.\n')
    expect(renderHtml(diffPlans(plan, plan), { old: plan, new: plan })).toContain('Jämför knivsta-sn-2024 med knivsta-sn-2024.')
  })
})

describe('JSON report', () => {
  it('is version 1 with a stable key order, 2-space indented', () => {
    const { before, after } = budgetCut()
    const json = renderJson(diffPlans(before, after))
    expect(Object.keys(JSON.parse(json))).toEqual(['version', 'old', 'new', 'equal', 'summary', 'changes'])
    expect(Object.keys(JSON.parse(json).changes[1])).toEqual(['kind', 'area', 'key', 'path', 'field', 'old', 'new', 'unit', 'delta', 'percent'])
    expect(json).toMatch(/^\{\n {2}"version": 1,\n/)
  })
})

describe('HTML report', () => {
  const { before, after } = budgetCut()
  const html = renderHtml(diffPlans(before, after), { old: before, new: after })

  it('is a self-contained Swedish page with landmarks and a skip link', () => {
    expect(html).toMatch(/^<!doctype html><html lang="sv">/)
    expect(html).toContain('<a class="skip" href="#main">')
    for (const landmark of ['<header>', '<main id="main"', '<nav ', '<footer>']) expect(html).toContain(landmark)
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<script|<link|src="http|href="http/)
  })

  it('escapes plan text', () => {
    expect(html).toContain('Nämnd- och &#x3C;styrelse>verksamhet &#x26; "kansli"')
    expect(html).not.toContain('<styrelse>')
  })

  it('shows a changed cell as the old value struck through beside the new one, with the delta', () => {
    expect(html).toContain(
      '<del><span class="sr">borttaget: </span>7\u00a0114</del> <ins><span class="sr">tillagt: </span>5\u00a0114</ins><span class="delta"> (\u22122\u00a0000, \u221228,1\u00a0%)</span>',
    )
  })

  it('has a CSS-only switch that hides the unchanged parts', () => {
    expect(html).toContain('<input class="only-changes" type="checkbox" id="only-changes"><label class="switch" for="only-changes">')
    expect(html).toContain('.only-changes:checked ~ .document .unchanged { display: none; }')
    expect(html).toMatch(/<tr class="unchanged indent">/)
  })

  it('links every change to its place in the document', () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    const hrefs = [...html.matchAll(/<li><a href="#([^"]+)"/g)].map((m) => m[1])
    expect(hrefs).toHaveLength(3)
    for (const href of hrefs) expect(ids).toContain(href)
  })
})
