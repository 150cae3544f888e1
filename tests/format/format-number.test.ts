import { expect, it } from 'vitest'
import { dashYears, formatDelta, formatFixed, formatFree, formatNumber, formatPercent, formatScalar, formatSigned, withUnit } from '../../src/format/index.js'

const nb = (text: string) => text.replace(/ /g, '\u00a0')

it('prints figures the Swedish way, with no-break spaces and a real minus, in the document and the report alike', () => {
  expect(formatFixed(1427, 0)).toBe(nb('1 427'))
  expect(formatFixed(-1952, 0)).toBe('\u22121\u00a0952')
  expect(formatFixed(713.65, 1)).toBe('713,7')
  expect(formatFixed(0, 1)).toBe('0')
  expect(formatFree(34.61)).toBe('34,61')
  expect(formatSigned(1000, 0)).toBe(nb('+1 000'))
  expect(formatNumber(360999)).toBe(nb('360 999'))
  expect(formatDelta(-19.5)).toBe('\u221219,5')
  expect(formatDelta(0)).toBe('0')
  expect(formatPercent(2.7462)).toBe(nb('+2,7 %'))
  expect(formatScalar(null)).toBe('–')
  expect(withUnit(formatNumber(36414), 'tkr')).toBe(nb('36 414 tkr'))
  expect(dashYears('2024-2026')).toBe('2024\u20132026')
})

it('never prints a narrow no-break space, which the PDF font cannot draw', () => {
  const all = [formatFixed(-1234567.5, 1), formatFree(1234567.125), formatNumber(-1234567.25), formatDelta(1234567), formatPercent(1234.5)]
  for (const text of all) expect(text).not.toMatch(/[\u202f-]/)
})
