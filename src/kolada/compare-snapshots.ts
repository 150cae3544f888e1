import { GENDERS, type Gender, type KoladaSnapshot } from '../model/index.js'

export interface ValueChange {
  kpi: string
  year: number
  gender: Gender
  before: number | null
  after: number | null
}

export interface SnapshotSummary {
  /** Values that were absent or missing before and are there now (every value of a first snapshot). */
  added: ValueChange[]
  /** Values Kolada has revised since the previous snapshot (or that it no longer has). */
  changed: ValueChange[]
  /** Totals asked for that Kolada still has no value for. */
  missing: { kpi: string; year: number }[]
}

/**
 * What a new snapshot brings compared with the one it replaces, value by value (KPI, year,
 * T/K/M). A total Kolada does not have is "missing" whether it was asked for before or not.
 */
export function compareSnapshots(before: KoladaSnapshot | undefined, after: KoladaSnapshot): SnapshotSummary {
  const summary: SnapshotSummary = { added: [], changed: [], missing: [] }
  for (const [kpi, entry] of Object.entries(after.kpis)) {
    for (const year of after.years) {
      const now = entry.values[String(year)]
      const then = before?.kpis[kpi]?.values[String(year)]
      if ((now?.T?.value ?? null) === null) summary.missing.push({ kpi, year })
      for (const gender of GENDERS) {
        const a = now?.[gender]?.value ?? null
        const b = then?.[gender]?.value ?? null
        if (a === b) continue
        const change = { kpi, year, gender, before: b, after: a }
        if (b === null) summary.added.push(change)
        else summary.changed.push(change)
      }
    }
  }
  return summary
}
