import { parsePlanDate } from '../model/plan-date.js'

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']

/**
 * A stated date in Swedish, no more exact than the plan: "2023-12-01" → "1 december 2023",
 * "2023-12" → "december 2023". Written out rather than via Intl so no ICU build can change it.
 * The loader has checked the form; anything else is shown as written.
 */
export function formatPlanDate(text: string): string {
  const date = parsePlanDate(text)
  if (!date) return text
  const month = `${MONTHS[date.month - 1]} ${date.year}`
  return date.day === undefined ? month : `${date.day} ${month}`
}
