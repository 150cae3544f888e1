import { z } from 'zod'
import { parsePlanDate, type StatedDate } from './plan-date.js'

/**
 * A period of validity as a plan states it: whole years (`2024`, `2024-2026`) or from one date to
 * another (`2024-01-01/2024-12-31`, the ISO 8601 form; either end may be a month, `2024-01/2025-06`).
 * Years are written with a hyphen or an en dash, as assignment periods are.
 */
export type StatedPeriod =
  | { kind: 'years'; from: number; to: number }
  | { kind: 'dates'; from: StatedDate; to: StatedDate }

const YEARS = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/

export const PERIOD_HINT = 'giltighetstid skrivs 2024, 2024-2026 eller 2024-01-01/2024-12-31'

export function parsePlanPeriod(text: string): StatedPeriod | undefined {
  const years = YEARS.exec(text)
  if (years) {
    const from = Number(years[1])
    const to = years[2] === undefined ? from : Number(years[2])
    return from <= to ? { kind: 'years', from, to } : undefined
  }
  const [start, end, ...rest] = text.split('/')
  if (start === undefined || end === undefined || rest.length > 0) return undefined
  const from = parsePlanDate(start.trim())
  const to = parsePlanDate(end.trim())
  return from && to && startOf(from) <= startOf(to) ? { kind: 'dates', from, to } : undefined
}

/** Comparable key of a stated date: a month counts from its first day. */
function startOf(date: StatedDate): number {
  return date.year * 10000 + date.month * 100 + (date.day ?? 1)
}

/** The written form, for the JSON Schema too; the calendar and the order of the ends are checked after. */
const FORM = /^\d{4}(?:\s*[-–]\s*\d{4})?$|^\d{4}-\d{2}(?:-\d{2})?\s*\/\s*\d{4}-\d{2}(?:-\d{2})?$/

/** A year may be written bare (`validity: 2024`), as YAML then reads a number; it is kept as text. */
export const PlanPeriod = z.union([
  z.number().int().min(1000).max(9999).transform(String),
  z
    .string()
    .regex(FORM, { message: PERIOD_HINT, abort: true })
    .refine((text) => parsePlanPeriod(text) !== undefined, { message: `perioden slutar före sin början eller har en dag som inte finns – ${PERIOD_HINT}` }),
])
