/** The year a column header names ("Utfall 2022" → 2022), or undefined when it names none. */
export function columnYear(header: string): number | undefined {
  const match = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(header)
  return match ? Number(match[1]) : undefined
}

/**
 * An outcome column ("Utfall 2022"): the only kind Kolada has values for. A forecast or a plan
 * ("Prognos 2023", "Plan 2024") is the board's own figure and is never compared with Kolada.
 */
export function isOutcomeColumn(header: string): boolean {
  return /^\s*utfall\b/i.test(header) && columnYear(header) !== undefined
}

/** The latest year among a table's outcome columns, which its comparison columns show. */
export function comparisonYear(headers: readonly string[]): number | undefined {
  const years = headers.filter(isOutcomeColumn).map((h) => columnYear(h)!)
  return years.length ? Math.max(...years) : undefined
}
