/**
 * sv-SE figures as the plans and the review report print them: "1 427", "−1 952", "34,61".
 * Intl gives U+00A0 group separators and U+2212 minus; U+202F (narrow no-break space, used by
 * some ICU versions) is mapped to U+00A0 because the PDF font (Roboto) has no glyph for it, and
 * a hyphen-minus to U+2212, so no ICU build changes what is printed.
 */
const formatters = new Map<string, Intl.NumberFormat>()

/** `Intl.NumberFormat("sv-SE", options)`, cached per options, with the substitutions above. */
export function formatWith(value: number, options: Intl.NumberFormatOptions): string {
  const key = JSON.stringify(options)
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat('sv-SE', options)
    formatters.set(key, formatter)
  }
  return formatter.format(value).replace(/\u202f/g, '\u00a0').replace(/-/g, '\u2212')
}

/** A figure with exactly `decimals` decimals; zero is printed "0" as in the published tables. */
export function formatFixed(value: number, decimals: number): string {
  if (value === 0) return '0'
  return formatWith(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true })
}

/** A figure with as many decimals as it has (up to three), as the document prints outcomes. */
export function formatFree(value: number): string {
  return formatWith(value, { minimumFractionDigits: 0, maximumFractionDigits: 3, useGrouping: true })
}

/** A signed change: "+1 000", "−1 952", "0". */
export function formatSigned(value: number, decimals: number): string {
  const text = formatFixed(value, decimals)
  return value > 0 ? `+${text}` : text
}

/** A figure as the review report prints it: up to two decimals, "1 427", "713,65". */
export function formatNumber(value: number): string {
  return formatWith(value, { maximumFractionDigits: 2 })
}

/** A change as the review report prints it: "+1 000", "−19,5", "0". */
export function formatDelta(value: number): string {
  return formatWith(value, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })
}

/** A cell as the review report shows it: a figure, a text as written, an empty cell as an en dash. */
export function formatScalar(value: number | string | null): string {
  if (value === null) return '–'
  return typeof value === 'number' ? formatNumber(value) : value
}
