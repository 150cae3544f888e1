import { formatWith } from './format-number.js'

export const NBSP = '\u00a0'

/** "36 414 tkr", "85 %": the unit after a no-break space, never alone on a line. */
export function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text}${NBSP}${unit}` : text
}

/** A change in per cent, "+2,7 %": one decimal, signed, the % after a no-break space. */
export function formatPercent(value: number): string {
  return withUnit(formatWith(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }), '%')
}
