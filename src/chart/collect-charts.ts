import GithubSlugger from 'github-slugger'
import type { PathDiagnostic } from '../diagnostics/index.js'
import { formatTarget, parseTarget } from '../format/index.js'
import { CHART_TABLES, type ChartPart, type Plan } from '../model/index.js'
import { suggestKey } from '../load/index.js'
import { defaultMoneyColumn, indicatorSeries, listFigureRows, moneyRowSeries, multiYearSeries, type SeriesSource } from './find-series.js'
import type { ChartData } from './types.js'

/**
 * The charts the plan's document asks for, each with the figures its `of:` names, in document
 * order. A chart that names nothing, has no figure to draw, or asks for a kind its data cannot
 * take is an error at that key of its `document` entry; its figures are never guessed.
 */
export function collectCharts(plan: Plan): { charts: ChartData[]; diagnostics: PathDiagnostic[] } {
  const charts: ChartData[] = []
  const diagnostics: PathDiagnostic[] = []
  const slugger = new GithubSlugger()
  const rows = listFigureRows(plan)
  plan.document.forEach((part, index) => {
    if (!('block' in part) || part.block !== 'chart') return
    const path = ['document', index]
    const error = (key: string, ruleId: string, message: string) => diagnostics.push({ path: [...path, key], severity: 'error', ruleId, message })
    const source = findSource(plan, part, rows, error)
    if (!source) return
    if (!source.series.some((series) => series.values.some((value) => value !== null))) {
      return error('of', 'chart-empty', `the chart "${part.title}" has no figure to draw: every value of "${part.of}" is missing (~)`)
    }
    const kind = part.kind ?? (source.what === 'indicator' ? 'line' : 'bar')
    if (kind === 'line' && source.what === 'rows') {
      return error('kind', 'chart-kind', `a line joins figures over time, but the rows of "${part.of}" are no sequence: use kind: bar`)
    }
    if (kind === 'line' && source.categories.length < 2) {
      return error('kind', 'chart-kind', `a line needs two or more columns, and "${part.of}" has ${source.categories.length}: use kind: bar`)
    }
    charts.push(toChartData(part, index, source, kind, part.id ?? slugger.slug(`diagram-${part.of}`)))
  })
  return { charts, diagnostics }
}

type ReportError = (key: string, ruleId: string, message: string) => void

function findSource(plan: Plan, part: ChartPart, rows: ReturnType<typeof listFigureRows>, error: ReportError): SeriesSource | undefined {
  const table = tableOf(plan, part.of)
  if (table === null) return void error('of', 'chart-of', `the chart "${part.title}" shows ${part.of}, but the plan has no such table`)
  if (table === undefined) {
    const row = rows.get(part.of)
    if (row) {
      if (part.column !== undefined) error('column', 'chart-column', `column: chooses a column of a budget table; an indicator is drawn over all its columns`)
      return indicatorSeries(row)
    }
    const candidates = [...rows.keys(), ...CHART_TABLES]
    const near = suggestKey(part.of, candidates)
    const hint = near ? `; did you mean "${near}"?` : rows.size > 0 ? `; indicators with an id: ${[...rows.keys()].slice(0, 6).join(', ')}${rows.size > 6 ? ', …' : ''}` : '; give the indicator an id: to chart it'
    return void error('of', 'chart-of', `the chart "${part.title}" shows "${part.of}", which is neither an indicator's id nor one of ${CHART_TABLES.join(', ')}${hint}`)
  }
  if ('net' in table) {
    if (part.column !== undefined) error('column', 'chart-column', `column: chooses a column of a budget table; the multi-year budget is drawn over all its years`)
    return multiYearSeries(table)
  }
  if (part.column === undefined) return moneyRowSeries(table, defaultMoneyColumn(table, plan.meta.year))
  const column = table.columns.indexOf(part.column)
  if (column < 0) return void error('column', 'chart-column', `"${part.of}" has no column "${part.column}"; its columns: ${table.columns.join(', ')}`)
  return moneyRowSeries(table, column)
}

/** The table a reserved `of:` names; null when the plan lacks it, undefined when `of:` names no table. */
function tableOf(plan: Plan, of: string) {
  switch (of) {
    case 'operatingBudget':
      return plan.budget.operating ?? null
    case 'responsibilityBudget':
      return plan.budget.byResponsibility ?? null
    case 'investments':
      return plan.investments ?? null
    case 'multiYearBudget':
      return plan.budget.multiYear ?? null
    default:
      return undefined
  }
}

function toChartData(part: ChartPart, index: number, source: SeriesSource, kind: ChartData['kind'], id: string): ChartData {
  const target = source.target ? parseTarget(source.target) : undefined
  const goal = target ? undefined : (source.direction?.toLowerCase() ?? (source.target ? formatTarget(source.target) : undefined))
  return {
    id,
    part: index,
    kind,
    title: part.title,
    ...(part.caption ? { caption: part.caption } : {}),
    orientation: source.what === 'rows' ? 'horizontal' : 'vertical',
    categoryHeader: source.categoryHeader,
    categories: source.categories,
    series: source.series,
    valueTitle: source.valueTitle,
    ...(source.unit ? { unit: source.unit } : {}),
    ...(target && source.target ? { target: { value: target.value, text: formatTarget(source.target) } } : {}),
    ...(goal ? { goal } : {}),
  }
}
