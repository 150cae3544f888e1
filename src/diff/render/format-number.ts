import type { Scalar } from '../types.js'

/** sv-SE: no-break space between thousands, decimal comma, U+2212 for minus. */
const plain = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 })
const signed = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2, signDisplay: 'exceptZero' })
const signedPercent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })

const NBSP = '\u00a0'

export function formatNumber(value: number): string {
  return plain.format(value)
}

export function formatDelta(value: number): string {
  return signed.format(value)
}

/** "+2,7 %": one decimal, a no-break space before the sign as Swedish typography has it. */
export function formatPercent(value: number): string {
  return `${signedPercent.format(value)}${NBSP}%`
}

/** A value as the tables show it; an empty cell is an en dash. */
export function formatScalar(value: Scalar): string {
  if (value === null) return '–'
  return typeof value === 'number' ? formatNumber(value) : value
}

/** "36 414 tkr", "85 %": the unit after a no-break space, never alone on a line. */
export function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text}${NBSP}${unit}` : text
}
