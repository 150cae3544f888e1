import { describe, expect, it } from 'vitest'
import { parsePlanDate, PlanDate } from '../../src/model/plan-date.js'
import { parsePlanPeriod } from '../../src/model/plan-period.js'

describe('a date as a plan states it', () => {
  it('is a day or a month, nothing less exact and nothing invented', () => {
    expect(parsePlanDate('2023-12-01')).toEqual({ year: 2023, month: 12, day: 1 })
    expect(parsePlanDate('2023-12')).toEqual({ year: 2023, month: 12 })
    for (const text of ['2023', '2023-12-1', '2023/12/01', '1 december 2023', '2023-12-01T10:00']) expect(parsePlanDate(text), text).toBeUndefined()
  })

  it('is a day the calendar has', () => {
    expect(parsePlanDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    for (const text of ['2023-02-29', '2023-04-31', '2023-13', '2023-00', '2023-12-00']) expect(parsePlanDate(text), text).toBeUndefined()
    expect(PlanDate.safeParse('2023-02-30').success).toBe(false)
  })
})

describe('a period of validity', () => {
  it('is whole years or from one stated date to another', () => {
    expect(parsePlanPeriod('2024')).toEqual({ kind: 'years', from: 2024, to: 2024 })
    expect(parsePlanPeriod('2024-2026')).toEqual({ kind: 'years', from: 2024, to: 2026 })
    expect(parsePlanPeriod('2024–2026')).toEqual({ kind: 'years', from: 2024, to: 2026 })
    expect(parsePlanPeriod('2024-01-01/2024-12-31')).toEqual({ kind: 'dates', from: { year: 2024, month: 1, day: 1 }, to: { year: 2024, month: 12, day: 31 } })
    expect(parsePlanPeriod('2024-01/2025-06')).toEqual({ kind: 'dates', from: { year: 2024, month: 1 }, to: { year: 2025, month: 6 } })
  })

  it('does not end before it begins, and has real days', () => {
    for (const text of ['2026-2024', '2024-12-31/2024-01-01', '2024-02-30/2024-03-01', '2024/2025', 'helår 2024']) expect(parsePlanPeriod(text), text).toBeUndefined()
  })
})
