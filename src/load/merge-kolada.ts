import type { PathDiagnostic } from '../diagnostics/index.js'
import { indicatorTablesOf, type Indicator, type IndicatorTable, type KoladaSnapshot, type OutcomeValue, type Plan, type SnapshotYear } from '../model/index.js'
import { comparisonYear } from '../model/index.js'
import { columnYear, isOutcomeColumn, koladaColumnsOf } from './kolada-columns.js'

/**
 * Puts the snapshot's values into the plan's Kolada cells and Kolada's title where a row has no
 * name, and checks every outcome the plan states against the snapshot. After this, no later
 * stage (derive, compose, diff) needs to know kolada.yaml exists: the diff compares the merged
 * values like any indicator value (docs/decisions.md). Changes `plan` in place (a fresh copy).
 */
export function mergeKolada(plan: Plan, snapshot: KoladaSnapshot | undefined, snapshotFile: string): PathDiagnostic[] {
  const problems: PathDiagnostic[] = []
  const code = plan.meta.municipalityCode
  if (snapshot && code !== undefined && snapshot.municipality !== code) {
    problems.push({
      path: ['meta', 'municipalityCode'],
      severity: 'error',
      ruleId: 'kolada-municipality',
      message: `${snapshotFile} holds values for municipality ${snapshot.municipality}, but the plan is for ${code}: run vplan kolada again`,
    })
    return problems
  }
  for (const { table, path } of indicatorTablesOf(plan)) {
    table.rows.forEach((row, r) => {
      if (row.kolada === undefined) return
      mergeRow(row, row.kolada, table.columns, [...path, 'rows', r], snapshot, snapshotFile, problems)
    })
    if (table.compare.length > 0) mergeComparisons(table, path, snapshot, snapshotFile, problems)
  }
  return problems
}

/**
 * The comparison columns (Riket and the like) show the latest outcome year of the table: the
 * year a reader compares the municipality's own newest figure with.
 */
function mergeComparisons(table: IndicatorTable, path: (string | number)[], snapshot: KoladaSnapshot | undefined, snapshotFile: string, problems: PathDiagnostic[]): void {
  const year = comparisonYear(table.columns)
  const at = [...path, 'compare']
  if (year === undefined) {
    problems.push({ path: at, severity: 'error', ruleId: 'kolada-column', message: 'comparison columns show the latest outcome year, but this table has no outcome column ("Utfall 2022")' })
    return
  }
  if (!snapshot) {
    problems.push({ path: at, severity: 'error', ruleId: 'kolada-no-snapshot', message: `comparison columns come from Kolada, but there is no ${snapshotFile}: run vplan kolada on the plan folder` })
    return
  }
  table.compare.forEach((c, i) => {
    if (!snapshot.comparisons[c.code]) problems.push({ path: [...at, i, 'code'], severity: 'warning', ruleId: 'kolada-not-fetched', message: `${snapshotFile} has no values for ${c.code}: run vplan kolada to fetch them` })
  })
  for (const row of table.rows) {
    if (row.kolada === undefined) continue
    row.koladaComparisons = table.compare.map((c) => snapshot.comparisons[c.code]?.[row.kolada!]?.[String(year)]?.T?.value ?? null)
    row.koladaRetrieved = snapshot.retrieved
  }
}

function mergeRow(
  row: Indicator,
  id: string,
  headers: readonly string[],
  rowPath: (string | number)[],
  snapshot: KoladaSnapshot | undefined,
  snapshotFile: string,
  problems: PathDiagnostic[],
): void {
  const columns = koladaColumnsOf(row, headers)
  if (!columns.ok) {
    const where = columns.index === undefined ? [...rowPath, 'values'] : [...rowPath, 'values', columns.index]
    problems.push({ path: where, severity: 'error', ruleId: 'kolada-column', message: columns.message })
    return
  }
  const needsSnapshot = columns.columns.length > 0 || row.name === ''
  if (!snapshot) {
    if (needsSnapshot) {
      const what = row.name === '' ? 'its name' : 'values'
      problems.push({ path: [...rowPath, 'kolada'], severity: 'error', ruleId: 'kolada-no-snapshot', message: `${id} takes ${what} from Kolada, but there is no ${snapshotFile}: run vplan kolada on the plan folder` })
    }
    return
  }
  const kpi = snapshot.kpis[id]
  if (!kpi) {
    const unknown = snapshot.unknown.includes(id)
    const message = unknown
      ? `Kolada does not know ${id} (${snapshotFile}, retrieved ${snapshot.retrieved}): check the id at kolada.se`
      : `${id} is not in ${snapshotFile}: run vplan kolada to fetch it`
    if (row.name === '') problems.push({ path: [...rowPath, 'kolada'], severity: 'error', ruleId: 'kolada-missing-title', message: `${message}; the row has no name: of its own to show instead` })
    else problems.push({ path: [...rowPath, 'kolada'], severity: 'warning', ruleId: unknown ? 'kolada-unknown-id' : 'kolada-not-fetched', message })
  }
  if (row.name === '' && kpi) row.name = kpi.title
  const filled = new Set(columns.columns.map((c) => c.index))
  for (const { index, year } of columns.columns) {
    while (row.values.length <= index) row.values.push(null)
    row.values[index] = toOutcome(kpi?.values[String(year)])
  }
  if (filled.size > 0) {
    row.koladaCells = [...filled]
    row.koladaRetrieved = snapshot.retrieved
  }
  if (!kpi) return
  headers.forEach((header, index) => {
    if (filled.has(index) || !isOutcomeColumn(header)) return
    const year = kpi.values[String(columnYear(header))]
    const stated = row.values[index]
    if (year === undefined || stated === null || stated === undefined) return
    checkStated(stated, year, header, id, [...rowPath, 'values', index], snapshot.retrieved, problems)
  })
}

/** A year's T/K/M as an outcome cell: split when Kolada gave K or M, else the total alone. */
export function toOutcome(year: SnapshotYear | undefined): OutcomeValue {
  const total = year?.T?.value ?? null
  if (year?.K === undefined && year?.M === undefined) return total
  return { total, women: year.K?.value ?? null, men: year.M?.value ?? null }
}

const PARTS = [
  { key: 'total', gender: 'T', label: '' },
  { key: 'women', gender: 'K', label: ' (kvinnor)' },
  { key: 'men', gender: 'M', label: ' (män)' },
] as const

function checkStated(
  stated: Exclude<OutcomeValue, null>,
  year: SnapshotYear,
  header: string,
  id: string,
  valuePath: (string | number)[],
  retrieved: string,
  problems: PathDiagnostic[],
): void {
  for (const part of PARTS) {
    const own = typeof stated === 'number' ? (part.key === 'total' ? stated : null) : stated[part.key]
    const theirs = year[part.gender]
    if (own === null || theirs === undefined) continue
    if (theirs.value !== null && sameAtStatedPrecision(own, theirs.value)) continue
    const kolada = theirs.value === null ? `has no value${theirs.status ? ` (${theirs.status})` : ''}` : `has ${theirs.value}`
    const path = typeof stated === 'number' ? valuePath : [...valuePath, part.key]
    problems.push({
      path,
      severity: 'warning',
      ruleId: 'kolada-mismatch',
      message: `stated value ${own} for '${header}'${part.label} differs from Kolada: ${id} ${kolada} in kolada.yaml (retrieved ${retrieved})`,
    })
  }
}

/** Plans round Kolada's figures (85 for 85.2): compare at the precision the plan states. */
function sameAtStatedPrecision(stated: number, kolada: number): boolean {
  const decimals = (String(stated).split('.')[1] ?? '').length
  const factor = 10 ** decimals
  return Math.round(kolada * factor) === Math.round(stated * factor)
}
