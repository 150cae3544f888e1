import { describe, expect, test } from 'vitest'
import { headingFor, parseYearColumn } from '../../src/model/index.js'

describe('parseYearColumn', () => {
  test.each([
    ['Utfall 2021', 'Utfall', 'outcome', 2021],
    ['Prognos 2023', 'Prognos', 'forecast', 2023],
    ['KF-budget 2024', 'KF-budget', 'budget', 2024],
    ['Nämndbudget 2024', 'Nämndbudget', 'budget', 2024],
    ['KF investeringsram 2024', 'KF investeringsram', 'budget', 2024],
    ['Plan 2026', 'Plan', 'plan', 2026],
    ['KF mål 2022', 'KF mål', 'target', 2022],
    ['Bokslut 2022', 'Bokslut', 'outcome', 2022],
    ['Antal 2024', 'Antal', 'other', 2024],
  ])('reads %s as its kind and year', (heading, prefix, kind, year) => {
    expect(parseYearColumn(heading)).toEqual({ prefix, kind, year, separator: ' ' })
  })

  test.each(['Beskrivning', 'Utfall', '2024', 'Utfall 24', 'Utfall 2024 (prel.)'])('leaves %s as plain text', (heading) => {
    expect(parseYearColumn(heading)).toBeUndefined()
  })

  test('writes another year as the heading was written', () => {
    expect(headingFor(parseYearColumn('KF-budget 2024')!, 2025)).toBe('KF-budget 2025')
    expect(headingFor(parseYearColumn('Utfall\u00a02021')!, 2022)).toBe('Utfall\u00a02022')
  })
})
