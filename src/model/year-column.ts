/**
 * A column heading that names a year, read as its kind and its year: "Utfall 2021", "Prognos
 * 2023", "KF-budget 2024", "Plan 2026". Plans write them as text; the check, the roll forward to
 * next year and the Kolada command read them through this one parser, so a heading vplan does not
 * recognise keeps working as plain text.
 */
export type ColumnKind = 'outcome' | 'forecast' | 'budget' | 'plan' | 'target' | 'other'

export interface YearColumn {
  /** The words before the year, as written: "Utfall", "KF-budget", "KF investeringsram". */
  prefix: string
  kind: ColumnKind
  year: number
  /** What stands between the words and the year (a space, usually). */
  separator: string
}

const HEADING = /^(.*?\S)(\s+)(\d{4})$/

const KINDS: readonly [RegExp, ColumnKind][] = [
  [/utfall|bokslut/i, 'outcome'],
  [/prognos/i, 'forecast'],
  [/budget|ram\b/i, 'budget'],
  [/plan/i, 'plan'],
  [/mål/i, 'target'],
]

export function parseYearColumn(heading: string): YearColumn | undefined {
  const match = HEADING.exec(heading.trim())
  if (!match) return undefined
  const [, prefix, separator, year] = match as unknown as [string, string, string, string]
  const kind = KINDS.find(([pattern]) => pattern.test(prefix))?.[1] ?? 'other'
  return { prefix, kind, year: Number(year), separator }
}

/** The heading for another year, written as the original was ("Utfall 2021" → "Utfall 2022"). */
export function headingFor(column: YearColumn, year: number): string {
  return `${column.prefix}${column.separator}${year}`
}
