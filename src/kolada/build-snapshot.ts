import { GENDERS, type KoladaSnapshot, type SnapshotKpi, type SnapshotYear } from '../model/index.js'
import type { DataEntry } from './api-schemas.js'
import type { Fetched } from './fetch-kolada.js'

export interface SnapshotRequest {
  api: string
  municipality: string
  ids: readonly string[]
  years: readonly number[]
  comparisons?: readonly string[]
  /** ÅÅÅÅ-MM-DD. */
  retrieved: string
}

/**
 * What Kolada answered, in the snapshot's shape and a fixed order (ids and years ascending, T K M),
 * so the same answers always give the same bytes. An id Kolada has no metadata for is unknown.
 * Entries for another municipality, year or KPI than asked for are left out, not trusted.
 */
export function buildSnapshot(request: SnapshotRequest, fetched: Fetched): KoladaSnapshot {
  const wanted = new Set(request.ids)
  const years = new Set(request.years)
  const meta = new Map(fetched.kpis.filter((k) => wanted.has(k.id)).map((k) => [k.id, k]))
  const kpis: Record<string, SnapshotKpi> = {}
  for (const id of [...wanted].sort()) {
    const k = meta.get(id)
    if (!k) continue
    const description = k.description?.trim()
    kpis[id] = {
      title: k.title.trim(),
      ...(description ? { description } : {}),
      ...(k.is_divided_by_gender === undefined || k.is_divided_by_gender === null ? {} : { dividedByGender: Boolean(k.is_divided_by_gender) }),
      values: {},
    }
  }
  const entriesOf = (place: string) =>
    fetched.data
      .filter((e) => e.municipality === place && years.has(e.period) && kpis[e.kpi])
      .sort((a, b) => a.kpi.localeCompare(b.kpi) || a.period - b.period)
  for (const entry of entriesOf(request.municipality)) kpis[entry.kpi]!.values[String(entry.period)] = yearOf(entry)
  const comparisons: KoladaSnapshot['comparisons'] = {}
  for (const code of [...(request.comparisons ?? [])].sort()) {
    const byKpi: Record<string, Record<string, SnapshotYear>> = {}
    for (const entry of entriesOf(code)) (byKpi[entry.kpi] ??= {})[String(entry.period)] = yearOf(entry)
    comparisons[code] = byKpi
  }
  return {
    source: 'Kolada',
    api: request.api,
    retrieved: request.retrieved,
    municipality: request.municipality,
    years: [...years].sort((a, b) => a - b),
    kpis,
    comparisons,
    unknown: [...wanted].filter((id) => !meta.has(id)).sort(),
  }
}

function yearOf(entry: DataEntry): SnapshotYear {
  const year: SnapshotYear = {}
  for (const gender of GENDERS) {
    const v = entry.values.find((x) => x.gender === gender)
    if (v) year[gender] = { value: v.value, ...(v.status ? { status: v.status } : {}) }
  }
  return year
}

/** Today in Sweden, ÅÅÅÅ-MM-DD: the date Kolada's terms ask to print with its figures. */
export function swedishDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
