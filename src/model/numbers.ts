import { z } from 'zod'

/**
 * Numbers may be typed the Swedish way. YAML reads `1 427` and `34,61` as strings, and office
 * staff paste such figures from Excel, so we accept exactly the sv-SE forms and nothing looser:
 * digits grouped by a space or no-break space, a decimal comma, an optional minus (- or U+2212)
 * and an optional trailing `%` (which is not part of the value; the unit lives on the row).
 */
const SWEDISH_NUMBER = /^[-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\s*%?$|^[-\u2212]?\d+(?:,\d+)?\s*%?$/

export function parseSwedishNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!SWEDISH_NUMBER.test(trimmed)) return undefined
  const plain = trimmed
    .replace(/%$/, '')
    .replace(/[ \u00a0\u202f]/g, '')
    .replace('\u2212', '-')
    .replace(',', '.')
  const value = Number(plain)
  return Number.isFinite(value) ? value : undefined
}

export const NUMBER_HINT =
  'skriv talet som 1427 eller 1 427, med decimalkomma (34,61) eller decimalpunkt (34.61)'

/** A number, or a string in Swedish notation that is read as one. */
export const Amount = z
  .union([
    z.number().refine(Number.isFinite, { message: 'talet måste vara ändligt' }),
    z.string().transform((text, ctx) => {
      const value = parseSwedishNumber(text)
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${text}" är inget tal: ${NUMBER_HINT}` })
        return z.NEVER
      }
      return value
    }),
  ])
  .meta({ description: 'Ett tal, t.ex. 1427, 34.61 eller "1 427", "34,61"' })

/** A table cell: a number, or empty (`~` / `null`) where the published table is blank. */
export const Cell = Amount.nullable().meta({ description: 'Ett tal, eller ~ för en tom cell' })
