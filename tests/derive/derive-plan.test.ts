import { describe, expect, test } from 'vitest'
import { derivePlan } from '../../src/derive/index.js'
import { Plan } from '../../src/model/index.js'

/** A plan holding the seeds' real tables: Knivsta's operating budget excerpt and Danderyd's multi-year budget. */
function planWith(budget: unknown) {
  return Plan.parse({
    meta: { municipality: 'Danderyds kommun', board: 'Socialnämnden', year: 2024, title: 'Nämndens verksamhetsplan 2024', date: '2023-12-01' },
    document: [{ block: 'operatingBudget' }],
    budget,
  })
}

const multiYear = {
  unit: 'mnkr',
  columns: ['Budget 2022', 'Budget 2023', 'Budget 2024', 'Plan 2025', 'Plan 2026'],
  net: { label: 'Nettokostnader (mnkr)', values: [671.2, 713.7, 749.5, 777.5, 801.4] },
  change: { amount: [22.9, 42.5, 35.8, 28.0, 23.9], percent: [3.5, 6.3, 5.0, 3.7, 3.1] },
}

const operating = {
  unit: 'tkr',
  columns: ['KF-budget 2023', 'KF-budget 2024', 'Nämndbudget 2024'],
  rows: [
    { label: 'Nämnd- och styrelseverksamhet', values: [1427, 1456, 1456] },
    {
      label: 'Vård och omsorg enligt LSS och SFB',
      rows: [
        { label: 'Insatser LSS i ordinärt boende', values: [36040, 46721, 45985] },
        { label: 'Insatser LSS i boende med särskild service', values: [51674, 55362, 54590] },
      ],
    },
    { label: 'Flyktingmottagande', values: ['1 013', 0, '−1 952'] },
  ],
  total: { values: [90154, 103539, 100079] },
}

describe('derivePlan', () => {
  test('multi-year change rows come out as the seed states them, without warnings', () => {
    const { derived, diagnostics } = derivePlan(planWith({ multiYear }))
    expect(derived.multiYear?.amount.map((v) => v?.toFixed(1))).toEqual(['22.9', '42.5', '35.8', '28.0', '23.9'])
    expect(derived.multiYear?.percent.map((v) => v?.toFixed(1))).toEqual(['3.5', '6.3', '5.0', '3.7', '3.1'])
    expect(diagnostics).toEqual([])
  })

  test('a stated change that disagrees is a warning at that value', () => {
    const edited = { ...multiYear, change: { ...multiYear.change, percent: [3.5, 6.3, 5.0, 3.9, 3.1] } }
    const { diagnostics } = derivePlan(planWith({ multiYear: edited }))
    expect(diagnostics).toEqual([
      expect.objectContaining({ path: ['budget', 'multiYear', 'change', 'percent', 3], severity: 'warning', ruleId: 'change-mismatch' }),
    ])
    expect(diagnostics[0]?.message).toContain('3.7 %')
  })

  test('totals sum the leaf rows, Swedish number strings included', () => {
    const { derived, diagnostics } = derivePlan(planWith({ operating }))
    expect(derived.operating).toEqual([90154, 103539, 100079])
    expect(diagnostics).toEqual([])
  })

  test('a stated total that disagrees is a warning naming the column and both figures', () => {
    const wrong = { ...operating, total: { values: [90154, 103539, 101079] } }
    const { diagnostics } = derivePlan(planWith({ operating: wrong }))
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ path: ['budget', 'operating', 'total', 'values', 2], ruleId: 'total-mismatch' })
    expect(diagnostics[0]?.message).toBe("stated total for 'Nämndbudget 2024' is 101079 tkr but the rows add up to 100079 tkr")
  })

  test('a row with the wrong number of cells is an error', () => {
    const short = { ...operating, rows: [{ label: 'Färdtjänst och riksfärdtjänst', values: [5343, 6412] }] }
    const { diagnostics } = derivePlan(planWith({ operating: { ...short, total: undefined } }))
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'column-count', path: ['budget', 'operating', 'rows', 0, 'values'] })])
  })
})
