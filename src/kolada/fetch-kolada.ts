import { DataPage, KpiPage, type DataEntry, type KpiEntry } from './api-schemas.js'
import { batches, fetchPages } from './fetch-pages.js'
import type { KoladaClient } from './http-client.js'

export interface FetchRequest {
  ids: readonly string[]
  municipality: string
  years: readonly number[]
  /** Further municipalities or groups whose values of the same KPIs the plan compares with ("0000"). */
  comparisons?: readonly string[]
  /** Called before each request batch (for a progress line). */
  onBatch?: (done: number, total: number, what: string) => void
}

export interface Fetched {
  kpis: KpiEntry[]
  data: DataEntry[]
}

/**
 * The KPIs' metadata and their values for one municipality and the given years, 25 ids per
 * request, every page followed. Ids go into the path as Kolada's docs show (comma-separated);
 * they were checked against /^[NU]\d{5}$/ by the plan schema, so they need no escaping.
 */
export async function fetchKolada(client: KoladaClient, request: FetchRequest): Promise<Fetched> {
  const groups = batches(request.ids)
  const places = [request.municipality, ...(request.comparisons ?? []).filter((c) => c !== request.municipality)]
  const total = groups.length * (1 + places.length)
  let done = 0
  const kpis: KpiEntry[] = []
  const data: DataEntry[] = []
  for (const group of groups) {
    request.onBatch?.(++done, total, `metadata for ${group.length} ${group.length === 1 ? 'KPI' : 'KPIs'}`)
    kpis.push(...(await fetchPages<KpiEntry, typeof KpiPage>(client, `${client.api}/kpi/${group.join(',')}`, KpiPage)))
  }
  const years = request.years.join(',')
  for (const place of places) {
    for (const group of groups) {
      const whose = place === request.municipality ? '' : ` of ${place}`
      request.onBatch?.(++done, total, `values${whose} of ${group.length} ${group.length === 1 ? 'KPI' : 'KPIs'} for ${years}`)
      const url = `${client.api}/data/kpi/${group.join(',')}/municipality/${encodeURIComponent(place)}/year/${years}`
      data.push(...(await fetchPages<DataEntry, typeof DataPage>(client, url, DataPage)))
    }
  }
  return { kpis, data }
}

/** `GET /v3/kpi?title=...`: the KPIs whose title matches, for finding the ids to put in plan.yaml. */
export async function searchKpis(client: KoladaClient, text: string): Promise<KpiEntry[]> {
  return fetchPages<KpiEntry, typeof KpiPage>(client, `${client.api}/kpi?title=${encodeURIComponent(text)}`, KpiPage)
}
