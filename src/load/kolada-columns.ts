import { columnYear, isOutcomeColumn, type Indicator } from '../model/index.js'

export { columnYear, isOutcomeColumn }

export interface KoladaColumn { index: number; year: number }

export type KoladaColumnsResult = { ok: true; columns: KoladaColumn[] } | { ok: false; index: number | undefined; message: string }

/** The columns of a row whose values come from the snapshot, with the year each one asks for. */
export function koladaColumnsOf(indicator: Indicator, headers: readonly string[]): KoladaColumnsResult {
  const cells = indicator.koladaCells
  if (cells === undefined) return { ok: true, columns: [] }
  if (cells === 'outcomes') {
    const columns = headers.flatMap((h, index) => (isOutcomeColumn(h) ? [{ index, year: columnYear(h)! }] : []))
    if (columns.length === 0) return { ok: false, index: undefined, message: 'values: kolada fills the outcome columns ("Utfall 2022"), but this table has none' }
    return { ok: true, columns }
  }
  const columns: KoladaColumn[] = []
  for (const index of cells) {
    const header = headers[index]
    if (header === undefined) return { ok: false, index, message: `value ${index + 1} is kolada, but the table has only ${headers.length} ${headers.length === 1 ? 'column' : 'columns'}` }
    const year = columnYear(header)
    if (year === undefined) return { ok: false, index, message: `'${header}' names no year, so vplan cannot tell which Kolada value belongs here` }
    columns.push({ index, year })
  }
  return { ok: true, columns }
}

/** The years a plan's outcome columns ask Kolada for, ascending: the default of `vplan kolada`. */
export function outcomeYears(headersOfTables: readonly (readonly string[])[]): number[] {
  const years = new Set<number>()
  for (const headers of headersOfTables) for (const h of headers) if (isOutcomeColumn(h)) years.add(columnYear(h)!)
  return [...years].sort((a, b) => a - b)
}
