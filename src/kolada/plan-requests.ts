import { diagnosticAt, VplanError } from '../diagnostics/index.js'
import { indicatorTablesOf } from '../model/index.js'
import { outcomeYears, type LoadedPlan } from '../load/index.js'

export interface KoladaRow {
  id: string
  /** Data path of the row's `kolada:` value, for warnings about the id. */
  path: (string | number)[]
}

export interface PlanRequest {
  municipality: string
  rows: KoladaRow[]
  /** Distinct ids, ascending. */
  ids: string[]
  /** The outcome years of the tables that hold Kolada ids. */
  years: number[]
  /** Codes of the tables' comparison columns ("0000"), ascending. */
  comparisons: string[]
}

/** What `vplan kolada` asks Kolada for on behalf of a plan; refuses a plan that cannot say. */
export function planRequest(loaded: LoadedPlan): PlanRequest {
  const { plan } = loaded
  const at = (path: (string | number)[], ruleId: string, message: string) =>
    new VplanError('input', message, [diagnosticAt(loaded.planFile, loaded.locate(path), 'error', ruleId, message)])
  const code = plan.meta.municipalityCode
  if (code === undefined) throw at(['meta'], 'missing-municipality-code', 'meta has no municipalityCode: add the kommunkod, e.g. municipalityCode: "0330"')
  const rows: KoladaRow[] = []
  const headers: string[][] = []
  const comparisons = new Set<string>()
  for (const { table, path } of indicatorTablesOf(plan)) {
    for (const c of table.compare) comparisons.add(c.code)
    let has = false
    table.rows.forEach((row, r) => {
      if (row.kolada === undefined) return
      rows.push({ id: row.kolada, path: [...path, 'rows', r, 'kolada'] })
      has = true
    })
    if (has) headers.push(table.columns)
  }
  if (rows.length === 0) throw at(['goals'], 'kolada-no-ids', 'no indicator has a Kolada id (kolada: U21468), so there is nothing to fetch')
  return { municipality: code, rows, ids: [...new Set(rows.map((r) => r.id))].sort(), years: outcomeYears(headers), comparisons: [...comparisons].sort() }
}
