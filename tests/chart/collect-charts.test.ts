import { beforeAll, describe, expect, it } from 'vitest'
import { collectCharts, describeChart } from '../../src/chart/index.js'
import { loadPlan } from '../../src/load/index.js'
import type { Part, Plan } from '../../src/model/index.js'
import { CHART_PLAN } from '../support/chart-plan.js'

let knivsta: Plan
let danderyd: Plan
beforeAll(async () => {
  knivsta = (await loadPlan(CHART_PLAN)).plan
  danderyd = (await loadPlan('plans/danderyd-sn-2024')).plan
})

/** The plan with only these chart parts as its document. */
function withCharts(plan: Plan, ...parts: Part[]): Plan {
  return { ...plan, document: parts }
}
const chart = (of: string, extra: Partial<Extract<Part, { block: 'chart' }>> = {}): Part => ({ block: 'chart', of, title: `Diagram över ${of}`, ...extra })

describe('the figures a chart shows are the plan’s', () => {
  it('draws an indicator over its columns, with women and men where the plan splits it, and a missing year as a gap', () => {
    const { charts, diagnostics } = collectCharts(knivsta)
    expect(diagnostics).toEqual([])
    expect(charts).toHaveLength(10)
    expect(charts[0]).toMatchObject({
      id: 'diagram-brukarbedomning-hemtjanst',
      kind: 'line',
      orientation: 'vertical',
      categories: ['Utfall 2021', 'Utfall 2022', 'Utfall 2023'],
      series: [
        { name: 'Totalt', values: [null, 85, 94] },
        { name: 'Kvinnor', values: [null, 85, 92] },
        { name: 'Män', values: [null, 85, 96] },
      ],
      unit: '%',
      goal: 'öka',
      caption: 'Källa: Kolada (U21468). K = kvinnor, M = män.',
    })
    // Not split: one series named by the indicator.
    expect(charts[1]!.series).toEqual([{ name: 'Brucarbedömning särskilt boende äldreomsorg (helhetssyn), andel (%)', values: [null, 69, 79] }])
  })

  it('draws a budget table by its top-level rows, a group by the sum of its rows, in the plan year’s column unless told', () => {
    const [byDefault, chosen] = collectCharts(knivsta).charts.filter((c) => c.categoryHeader === 'Nämndens verksamheter')
    expect(byDefault).toMatchObject({ kind: 'bar', orientation: 'horizontal', unit: 'tkr', series: [{ name: 'Nämndbudget 2024' }] })
    expect(byDefault!.categories[1]).toBe('Vård och omsorg enligt SoL och HSL')
    // 0 + 36 414 + 32 352 + 96 184: the group's sum, as the table's Summa adds it.
    expect(byDefault!.series[0]!.values.slice(0, 3)).toEqual([1456, 164950, 100575])
    expect(byDefault!.series[0]!.values).toContain(-1952)
    expect(chosen!.series[0]).toMatchObject({ name: 'KF-budget 2023', values: expect.arrayContaining([1427, 4007 + 40346 + 26917 + 102079]) })
  })

  it('draws the multi-year budget’s net costs per year, as bars unless a line is asked for', () => {
    const [bars, line] = collectCharts(withCharts(danderyd, chart('multiYearBudget'), chart('multiYearBudget', { kind: 'line' }))).charts
    expect(bars).toMatchObject({
      kind: 'bar',
      orientation: 'vertical',
      categories: ['Budget 2022', 'Budget 2023', 'Budget 2024', 'Plan 2025', 'Plan 2026'],
      series: [{ name: 'Nettokostnader (mnkr)', values: [671.2, 713.7, 749.5, 777.5, 801.4] }],
      unit: 'mnkr',
    })
    expect(line!.kind).toBe('line')
    expect(new Set([bars!.id, line!.id]).size).toBe(2)
  })

  it('puts the figures into words, a missing one said to be missing, and a numeric target as the target', () => {
    const [split, single] = collectCharts(knivsta).charts
    expect(describeChart(single!)).toBe('Utfall 2021 uppgift saknas, Utfall 2022 69\u00a0%, Utfall 2023 79\u00a0%. Mål: öka.')
    expect(describeChart(split!)).toMatch(/^Totalt: Utfall 2021 uppgift saknas, Utfall 2022 85\u00a0%, Utfall 2023 94\u00a0%\. Kvinnor: /)
    // Danderyd's target for the same Kolada measure, on Knivsta's outcomes: a reference line.
    const row = knivsta.goals[0]!.indicatorTables[0]!.rows[0]!
    const targeted = { ...knivsta, goals: [{ ...knivsta.goals[0]!, indicatorTables: [{ ...knivsta.goals[0]!.indicatorTables[0]!, rows: [{ ...row, direction: undefined, target: '>88%' }] }] }] }
    const [withTarget] = collectCharts(withCharts(targeted, chart('brukarbedomning-hemtjanst'))).charts
    expect(withTarget!.target).toEqual({ value: 88, text: '>88\u00a0%' })
    expect(describeChart(withTarget!)).toMatch(/Mål: >88\u00a0%\.$/)
  })
})

describe('a chart that cannot be drawn is an error at its key', () => {
  it.each([
    ['an of: that names nothing, with the near id', (knivsta: Plan) => withCharts(knivsta, chart('brukarbedomning-hemtjanstt')), [0, 'of'], 'chart-of', /did you mean "brukarbedomning-hemtjanst"/],
    ['a table the plan does not have', (knivsta: Plan) => withCharts(knivsta, chart('multiYearBudget')), [0, 'of'], 'chart-of', /the plan has no such table/],
    ['figures that are all missing', (knivsta: Plan) => withCharts(knivsta, chart('nka-ifo'), chart('hemtjanst-antal-brukare'), { block: 'chart', of: 'unga-16-20', title: 'Unga' }), [2, 'of'], 'chart-empty', /every value of "unga-16-20" is missing/],
    ['a line through the rows of a budget', (knivsta: Plan) => withCharts(knivsta, chart('operatingBudget', { kind: 'line' })), [0, 'kind'], 'chart-kind', /use kind: bar/],
    ['a column the table does not have', (knivsta: Plan) => withCharts(knivsta, chart('operatingBudget', { column: 'KF-budget 2025' })), [0, 'column'], 'chart-column', /no column "KF-budget 2025"/],
  ] as const)('%s', (_what, make, [index, key], ruleId, message) => {
    let plan = make(knivsta)
    if (ruleId === 'chart-empty') {
      // Knivsta's "16-20 år som varken arbetar eller studerar" has no figure in any year.
      const goal = plan.goals[0]!
      const board = goal.boardGoals[0]!
      const tables = board.indicatorTables.map((table) => ({ ...table, rows: table.rows.map((row) => (row.name.startsWith('Antalet invånare mellan 16-20') ? { ...row, id: 'unga-16-20' } : row)) }))
      plan = { ...plan, goals: [{ ...goal, boardGoals: [{ ...board, indicatorTables: tables }] }, ...plan.goals.slice(1)] }
    }
    const { charts, diagnostics } = collectCharts(plan)
    expect(diagnostics).toEqual([{ path: ['document', index, key], severity: 'error', ruleId, message: expect.stringMatching(message) }])
    expect(charts.map((c) => c.part)).not.toContain(index)
  })
})
