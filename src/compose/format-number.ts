/**
 * sv-SE figures as the plans print them: "1 427", "−1 952", "34,61 %". Intl gives U+00A0 group
 * separators and U+2212 minus; U+202F (narrow no-break space, used by some ICU versions) is mapped
 * to U+00A0 because the PDF font (Roboto) has no glyph for it.
 */
const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat('sv-SE', { minimumFractionDigits, maximumFractionDigits, useGrouping: true })
    formatters.set(key, formatter)
  }
  return formatter
}

export const NBSP = '\u00a0'

/** A figure with exactly `decimals` decimals; zero is printed "0" as in the published tables. */
export function formatFixed(value: number, decimals: number): string {
  if (value === 0) return '0'
  return clean(formatterFor(decimals, decimals).format(value))
}

/** A figure with as many decimals as it has (up to three). */
export function formatFree(value: number): string {
  return clean(formatterFor(0, 3).format(value))
}

/** A signed change: "+1 000", "−1 952", "0". */
export function formatSigned(value: number, decimals: number): string {
  const text = formatFixed(value, decimals)
  return value > 0 ? `+${text}` : text
}

export function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text}${NBSP}${unit}` : text
}

function clean(text: string): string {
  return text.replace(/\u202f/g, NBSP).replace(/-/g, '\u2212')
}
