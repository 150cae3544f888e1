import { describe, expect, it } from 'vitest'
import { diffPlans } from '../../src/diff/index.js'
import type { MoneyRowInput } from '../../src/model/index.js'
import { copy, knivstaBase, snapshot } from './make-plan.js'

const operatingRows = (plan: ReturnType<typeof knivstaBase>): MoneyRowInput[] => plan.budget!.operating!.rows as MoneyRowInput[]

describe('money tables', () => {
  it('reports a changed cell with delta and percentage, and the total once', () => {
    const old = knivstaBase()
    const neu = copy(old)
    operatingRows(neu)[1]!.rows![1]!.values![2] = 37414
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes).toEqual([
      {
        kind: 'value',
        area: 'operating',
        key: 'operating:vard-och-omsorg-enligt-sol-och-hsl/lov-hemtjanst-och-delegerad-hsl',
        path: ['Driftsbudget', 'LOV - hemtjänst och delegerad HSL', 'Nämndbudget 2024'],
        field: 'Nämndbudget 2024',
        old: 36414,
        new: 37414,
        unit: 'tkr',
        delta: 1000,
        percent: 2.7462,
      },
      expect.objectContaining({ kind: 'value', path: ['Driftsbudget', 'Summa', 'Nämndbudget 2024'], delta: 1000, derived: true }),
    ])
    expect(diff.summary.largestMoneyChanges).toEqual([{ change: 0, kronor: 1_000_000 }])
  })

  it('reports a new year column once, not in every row', () => {
    const old = knivstaBase()
    const neu = copy(old)
    neu.budget!.operating!.columns.push('Plan 2025')
    const addValue = (rows: MoneyRowInput[]): void => rows.forEach((row) => (row.rows ? addValue(row.rows) : row.values!.push(1)))
    addValue(operatingRows(neu))
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes).toEqual([
      { kind: 'columnAdded', area: 'operating', key: 'operating:columns', path: ['Driftsbudget'], column: 'Plan 2025', tables: ['Driftsbudget'] },
    ])
  })

  it('compares values by column label, not position', () => {
    const old = knivstaBase()
    const neu = copy(old)
    neu.budget!.operating!.columns.reverse()
    const reverse = (rows: MoneyRowInput[]): void => rows.forEach((row) => (row.rows ? reverse(row.rows) : row.values!.reverse()))
    reverse(operatingRows(neu))
    expect(diffPlans(snapshot(old), snapshot(neu)).changes).toEqual([])
  })

  it('reports a renamed row with the same values as renamed, not removed and added', () => {
    const old = knivstaBase()
    const neu = copy(old)
    operatingRows(neu)[3]!.label = 'Färdtjänst & riksfärdtjänst (inkl. korttidstillsyn)'
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes.map((c) => c.kind)).toEqual(['renamed'])
    expect(diff.changes[0]).toMatchObject({ old: 'Färdtjänst och riksfärdtjänst', new: 'Färdtjänst & riksfärdtjänst (inkl. korttidstillsyn)' })
  })

  it('treats case, spacing and punctuation as the same label', () => {
    const old = knivstaBase()
    const neu = copy(old)
    operatingRows(neu)[1]!.rows![1]!.label = 'LOV – hemtjänst  och delegerad HSL'
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'renamed', old: 'LOV - hemtjänst och delegerad HSL', new: 'LOV – hemtjänst och delegerad HSL' })])
  })

  it('reports a row moved to another group as moved, with its value change', () => {
    const old = knivstaBase()
    const neu = copy(old)
    const [moved] = operatingRows(neu)[1]!.rows!.splice(0, 1)
    operatingRows(neu)[2]!.rows!.push({ ...moved!, values: [4007, 0, 10] })
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes.map((c) => [c.kind, c.path.join(' › ')])).toEqual([
      ['moved', 'Driftsbudget › Förebyggande verksamhet SoL'],
      ['value', 'Driftsbudget › Förebyggande verksamhet SoL › Nämndbudget 2024'],
      ['value', 'Driftsbudget › Summa › Nämndbudget 2024'],
    ])
    expect(diff.changes[0]).toMatchObject({ from: ['Driftsbudget', 'Vård och omsorg enligt SoL och HSL'], to: ['Driftsbudget', 'Vård och omsorg enligt LSS och SFB'] })
  })

  it('reports a row that changed place among its siblings as one move', () => {
    const old = knivstaBase()
    const neu = copy(old)
    const rows = operatingRows(neu)
    rows.push(rows.splice(0, 1)[0]!)
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'moved', path: ['Driftsbudget', 'Nämnd- och styrelseverksamhet'], oldIndex: 0, newIndex: 3 })])
  })

  it('compares amounts across a change of unit', () => {
    const old = knivstaBase()
    const neu = copy(old)
    neu.budget!.operating!.unit = 'mnkr'
    const toMnkr = (rows: MoneyRowInput[]): void =>
      rows.forEach((row) => (row.rows ? toMnkr(row.rows) : (row.values = row.values!.map((v) => (v as number) / 1000))))
    toMnkr(operatingRows(neu))
    const diff = diffPlans(snapshot(old), snapshot(neu))
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'value', field: 'Enhet', old: 'tkr', new: 'mnkr' })])
  })

  it('reports identical plans as equal', () => {
    const diff = diffPlans(snapshot(knivstaBase()), snapshot(knivstaBase()))
    expect(diff).toMatchObject({ version: 1, equal: true, changes: [], summary: { total: 0, sections: [] } })
  })
})
