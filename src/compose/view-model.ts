import { slug } from 'github-slugger'
import type { DerivedFigures } from '../derive/index.js'
import { decimalsOf } from '../derive/index.js'
import { comparisonYear, goalId } from '../model/index.js'
import type {
  Assignment, BoardGoal, DirectionGoal, Indicator, IndicatorTable, MoneyRow, MoneyTable,
  MultiYearBudget, OutcomeValue, Plan, Suppliers, Volumes,
} from '../model/index.js'
import { escapeAttribute as attr, escapeMarkdown as md } from './escape-markdown.js'
import { dashYears, formatFixed, formatFree, formatPlanDate, formatTarget, withUnit } from '../format/index.js'
import { koladaLink } from './kolada-link.js'

/*
 * The view model is what templates see. Every string from plan data is already escaped for its
 * place (Markdown text, or a directive attribute: the *Attr fields), every number is formatted
 * sv-SE, and every Markdown field (descriptions, narrative) is passed as Markdown. Templates are
 * compiled with noEscape, so they never need to think about escaping (docs/decisions.md).
 */

export interface CellRow { label: string; cells: string[] }
export interface MoneyRowView extends CellRow { group: boolean; sub: boolean }
export interface MoneyTableView { id: string; caption: string; captionAttr: string; unit: string; labelHeader: string; columns: string[]; rows: MoneyRowView[]; total?: CellRow | undefined }

/** A table always has a caption: screen readers announce it and the PDF prints it above the table. */
function captionOf(caption: string | undefined, fallback: string, unit?: string) {
  const text = caption ?? (unit ? `${fallback} (${unit})` : fallback)
  return { caption: md(text), captionAttr: attr(text) }
}

export function viewMoneyTable(table: MoneyTable, totals: (number | null)[] | undefined, fallbackId: string, fallbackCaption: string): MoneyTableView {
  const decimals = decimalsOf(table.unit)
  const cells = (values: readonly (number | null)[] | undefined) =>
    table.columns.map((_, i) => formatCell(values?.[i] ?? null, decimals))
  const rows = table.rows.flatMap((row) => viewMoneyRow(row, cells, false))
  return {
    id: table.id ?? fallbackId,
    ...captionOf(table.caption, fallbackCaption, table.unit),
    unit: table.unit,
    labelHeader: md(table.labelHeader),
    columns: table.columns.map(md),
    rows,
    total: table.total ? { label: md(table.total.label), cells: cells(totals) } : undefined,
  }
}

function viewMoneyRow(row: MoneyRow, cells: (v: readonly (number | null)[] | undefined) => string[], sub: boolean): MoneyRowView[] {
  const own: MoneyRowView = { label: md(row.label), cells: cells(row.values), group: Boolean(row.rows), sub }
  return [own, ...(row.rows ?? []).flatMap((child) => viewMoneyRow(child, cells, true))]
}

function formatCell(value: number | null, decimals: number): string {
  return value === null ? '' : formatFixed(value, decimals)
}

export function viewMultiYear(budget: MultiYearBudget, derived: DerivedFigures['multiYear']) {
  const decimals = decimalsOf(budget.unit)
  const row = (label: string, values: readonly (number | null)[], d: number, unit?: string): CellRow => ({
    label: md(label),
    cells: budget.columns.map((_, i) => {
      const value = values[i] ?? null
      return value === null ? '' : withUnit(formatFixed(value, d), unit)
    }),
  })
  return {
    id: budget.id ?? 'flerarsbudget',
    ...captionOf(budget.caption, 'Flerårsbudget', budget.unit),
    labelHeader: md(budget.labelHeader),
    columns: budget.columns.map(md),
    net: row(budget.net.label, budget.net.values, decimals),
    amount: row(budget.change.amountLabel, derived?.amount ?? [], decimals),
    percent: row(budget.change.percentLabel, derived?.percent ?? [], decimalsOf('%'), '%'),
  }
}

export function viewVolumes(volumes: Volumes) {
  return {
    id: volumes.id ?? 'volymer',
    ...captionOf(volumes.caption, 'Volymer och nyckeltal'),
    columns: volumes.columns.map(md),
    rows: volumes.groups.flatMap((group) =>
      group.rows.map((row, index) => ({
        area: index === 0 ? md(group.area) : '',
        label: md(row.name),
        cells: volumes.columns.map((_, i) => formatOutcome(row.values[i] ?? null, row.unit)),
      })),
    ),
  }
}

export function viewSuppliers(suppliers: Suppliers) {
  return {
    id: suppliers.id ?? 'privata-utforare',
    ...captionOf(suppliers.caption, 'Uppföljningsplan av privata utförare'),
    showOperation: suppliers.rows.some((row) => row.operation !== undefined && row.operation.trim() !== ''),
    rows: suppliers.rows.map((row) => ({
      year: String(row.year),
      form: md(row.form),
      supplier: md(row.supplier),
      service: md(row.service),
      operation: md(row.operation ?? ''),
    })),
  }
}

/**
 * A value from Kolada that Kolada does not have (status Missing, or null) shows as a dash, never
 * as 0 or as a blank a reader could take for "not asked": the cell was asked for and has no value.
 */
const NO_KOLADA_VALUE = '–'

export function formatOutcome(value: OutcomeValue, rawUnit: string | undefined, fromKolada = false): string {
  // The unit is plan data like any label: escaped, so "h | min" or "<b>%</b>" cannot split the
  // table row or become markup (it was inserted as written before).
  const unit = rawUnit === undefined ? undefined : md(rawUnit)
  const missing = fromKolada ? NO_KOLADA_VALUE : ''
  if (value === null) return missing
  if (typeof value === 'number') return withUnit(formatFree(value), unit)
  if (fromKolada && value.total === null && value.women === null && value.men === null) return missing
  const total = value.total === null ? missing : withUnit(formatFree(value.total), unit)
  const part = (letter: string, v: number | null) => (v === null ? (fromKolada ? `${letter}: ${missing}` : '') : `${letter}: ${formatFree(v)}`)
  const split = [part('K', value.women), part('M', value.men)]
    .filter(Boolean)
    .join(', ')
  return split ? `${total} (${split})`.trim() : total
}

/** Printed once under a table whose outcomes are split by sex, not in every row that has a split. */
const SPLIT_LEGEND = 'K = kvinnor, M = män'

function hasSplit(indicator: Indicator): boolean {
  return indicator.values.some((v) => v !== null && typeof v === 'object')
}

export function viewIndicator(indicator: Indicator, columns: readonly string[], comparisons: readonly unknown[]) {
  return {
    id: indicator.id ?? slug(indicator.name),
    name: md(indicator.name),
    notes: indicator.kolada ? koladaLink(indicator.kolada) : '',
    cells: [
      ...columns.map((_, i) => formatOutcome(indicator.values[i] ?? null, indicator.unit, fromKolada(indicator, i))),
      // A row without a Kolada id has nothing to compare: an empty cell, not a missing value.
      ...comparisons.map((_, i) => (indicator.koladaComparisons ? formatOutcome(indicator.koladaComparisons[i] ?? null, indicator.unit, true) : '')),
    ],
    direction: md(indicator.direction ?? ''),
    target: indicator.target ? md(formatTarget(indicator.target)) : '',
    description: indicator.description ?? '',
  }
}

function fromKolada(indicator: Indicator, column: number): boolean {
  return Array.isArray(indicator.koladaCells) && indicator.koladaCells.includes(column)
}

/**
 * Kolada's terms ask that its figures be credited with the date they were fetched. The loader
 * marks each row that took values from kolada.yaml with that date (one snapshot per plan, so one
 * date; the latest is taken should rows ever disagree).
 */
function koladaSource(table: IndicatorTable): string {
  const dates = table.rows.flatMap((r) => (r.koladaRetrieved ? [r.koladaRetrieved] : [])).sort()
  const latest = dates.at(-1)
  return latest ? `Källa: Kolada, hämtat ${formatPlanDate(latest)}` : ''
}

function viewIndicatorTable(table: IndicatorTable, id: string) {
  const legend = table.rows.some(hasSplit) ? SPLIT_LEGEND : ''
  const source = koladaSource(table)
  // Comparison columns follow the table's own, so every template that lists columns and cells shows them.
  const year = comparisonYear(table.columns)
  const comparisons = year === undefined ? [] : table.compare.map((c) => `${c.label} ${year}`)
  const rows = table.rows.map((row) => viewIndicator(row, table.columns, comparisons))
  return {
    id: table.id ?? id,
    columns: [...table.columns, ...comparisons].map(md),
    direction: table.judgement === 'direction',
    target: table.judgement === 'target',
    // An optional column no row fills is left out; a template that wants it anyway tests `direction`/`target`.
    showDirection: table.judgement === 'direction' && rows.some((row) => row.direction !== ''),
    showTarget: table.judgement === 'target' && rows.some((row) => row.target !== ''),
    rows,
    legend,
    source: attr(source),
    /** The table's note: the K/M legend and the source, in one line under the table. */
    note: attr([legend, source].filter(Boolean).join('. ')),
  }
}

function viewAssignmentTables(assignments: readonly Assignment[], goalId: string) {
  const tables: { id: string; rows: { text: string; period: string; level: string }[] }[] = []
  let current: string | undefined
  for (const a of assignments) {
    if (tables.length === 0 || a.table !== current) tables.push({ id: `uppdrag-${goalId}${tables.length ? `-${tables.length + 1}` : ''}`, rows: [] })
    current = a.table
    tables.at(-1)!.rows.push({ text: md(a.text), period: md(dashYears(a.period)), level: md(a.level) })
  }
  return tables
}

function viewBoardGoal(goal: BoardGoal) {
  const id = goal.id ?? slug(goal.title).slice(0, 60)
  const indicatorTables = goal.indicatorTables.map((t, i) => viewIndicatorTable(t, `nyckeltal-${id}${i ? `-${i + 1}` : ''}`))
  const descriptions = indicatorTables.flatMap((t) => t.rows.map((r) => r.description).filter(Boolean))
  return {
    id,
    title: md(goal.title),
    titleAttr: attr(goal.title),
    description: goal.description ?? '',
    indicatorTables,
    descriptions,
    hasDescriptions: descriptions.length > 0 || Boolean(goal.indicatorNotes),
    indicatorNotes: goal.indicatorNotes ?? '',
    indicatorSource: md(goal.indicatorSource ?? ''),
  }
}

export function viewGoal(goal: DirectionGoal) {
  const id = goalId(goal)
  return {
    id,
    title: md(goal.title),
    titleAttr: attr(goal.title),
    label: md(goal.label ?? ''),
    description: goal.description ?? '',
    focusIntro: md(goal.focusIntro ?? ''),
    focus: goal.focus.map(md),
    assignmentTables: viewAssignmentTables(goal.assignments, id),
    indicatorTables: goal.indicatorTables.map((t, i) => viewIndicatorTable(t, `indikatorer-${id}${i ? `-${i + 1}` : ''}`)),
    boardGoals: goal.boardGoals.map(viewBoardGoal),
  }
}

export function viewMeta(plan: Plan) {
  const { meta } = plan
  return {
    municipality: md(meta.municipality),
    board: md(meta.board),
    year: String(meta.year),
    title: md(meta.title),
    subtitle: md(meta.subtitle ?? ''),
    adopted: md(meta.adopted ?? ''),
  }
}
