import { expect, it } from 'vitest'
import { formatPlanDate } from '../../src/format/index.js'

it('writes a stated date in Swedish, no more exact than stated', () => {
  expect(formatPlanDate('2023-12-01')).toBe('1 december 2023')
  expect(formatPlanDate('2023-12')).toBe('december 2023')
  expect(formatPlanDate('2024-05-17')).toBe('17 maj 2024')
})
