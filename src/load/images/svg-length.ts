/** CSS pixels per unit (CSS Values 4): what an SVG length in these units is on the page. */
const PER_UNIT: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 }

/**
 * An SVG width or height in CSS pixels; undefined for a missing, relative (%, em) or malformed
 * length, for which the viewBox decides.
 */
export function svgLength(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value ?? '')
  if (!match) return undefined
  const number = Number(match[1]) * 10 ** Number(match[2] ?? 0)
  return Number.isFinite(number) ? number * PER_UNIT[(match[3] ?? '').toLowerCase()]! : undefined
}
