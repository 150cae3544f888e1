import { describe, expect, test } from 'vitest'
import { checkYearColumns } from '../../src/derive/check-year-columns.js'
import { loadPlan } from '../../src/load/index.js'

const knivsta = (await loadPlan('plans/knivsta-sn-2024')).plan
const danderyd = (await loadPlan('plans/danderyd-sn-2024')).plan

describe('checkYearColumns', () => {
  test('finds nothing to say about the seeds, whose headings fit their year', () => {
    expect(checkYearColumns(knivsta)).toEqual([])
    expect(checkYearColumns(danderyd)).toEqual([])
  })

  test('warns at an outcome of a year after the plan year, and at a year far from it', () => {
    const plan = structuredClone(knivsta)
    plan.goals[0]!.indicatorTables[0]!.columns = ['Utfall 2022', 'Utfall 2023', 'Utfall 2025']
    plan.volumes!.columns[0] = 'Utfall 2002'
    expect(checkYearColumns(plan)).toEqual([
      {
        path: ['goals', 0, 'indicatorTables', 0, 'columns', 2],
        severity: 'warning',
        ruleId: 'column-year',
        message: "'Utfall 2025' is an outcome of 2025, after the plan's year 2024 (meta.year): is the year right?",
      },
      {
        path: ['volumes', 'columns', 0],
        severity: 'warning',
        ruleId: 'column-year',
        message: "'Utfall 2002' is 22 years from the plan's year 2024 (meta.year): is the year right?",
      },
    ])
  })
})
