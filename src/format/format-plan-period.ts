import { parsePlanPeriod } from '../model/plan-period.js'
import { formatPlanDate } from './format-plan-date.js'

/**
 * A period of validity in Swedish: "2024", "2024–2026", "1 januari 2024 – 31 december 2024".
 * Years take an unspaced en dash like the assignment periods; dates, which have spaces of their
 * own, a spaced one.
 */
export function formatPlanPeriod(text: string): string {
  const period = parsePlanPeriod(text)
  if (!period) return text
  if (period.kind === 'years') return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`
  const [from, to] = text.split('/').map((part) => formatPlanDate(part.trim()))
  return `${from} – ${to}`
}

/** An assignment's period as written, "2024-2026" → "2024–2026": the first hyphen becomes an en dash. */
export function dashYears(text: string): string {
  return text.replace('-', '\u2013')
}
