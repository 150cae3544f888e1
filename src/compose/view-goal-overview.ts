import { goalId, type DirectionGoal, type Indicator, type IndicatorTable, type OverviewHeaders, type Plan } from '../model/index.js'
import { escapeAttribute as attr, escapeMarkdown as md } from './escape-markdown.js'
import { viewIndicator } from './view-model.js'

/** What a goalOverview block asks for (its part in plan.yaml). */
export interface OverviewRequest {
  refs?: readonly string[] | undefined
  area?: string | undefined
  headers?: OverviewHeaders | undefined
}

/** The headings a council budget's overview usually has; a plan sets its own with `headers`. */
export const OVERVIEW_HEADERS = { area: 'Målområde', goal: 'Mål', indicator: 'Indikator' } as const

/**
 * An empty group cell would read as "the group above continues" (docs/markdown.md), so a goal
 * without an area, in a table where other goals have one, shows the dash of a missing value.
 */
const NO_AREA = '\u2013'

export interface OverviewRow { area: string; goal: string; indicator: string; cells: string[]; direction: string; target: string }

/** The goals a goalOverview covers, in the order it prints them: `refs` order, else the plan's. */
export function overviewGoals(plan: Plan, request: OverviewRequest): DirectionGoal[] {
  const chosen = request.refs
    ? request.refs.flatMap((ref) => plan.goals.filter((goal) => goalId(goal) === ref))
    : plan.goals.filter((goal) => request.area === undefined || goal.area === request.area)
  return groupByArea(chosen)
}

/** Goals of one area stand together (the area spans them), areas in the order they first appear. */
function groupByArea(goals: readonly DirectionGoal[]): DirectionGoal[] {
  const areas = [...new Set(goals.map((goal) => goal.area))]
  return areas.flatMap((area) => goals.filter((goal) => goal.area === area))
}

/**
 * One table of goals grouped by area, each goal with its indicators: area and goal are header
 * cells written once and left empty below, so the document stage spans them over their rows
 * (`header-columns`, docs/markdown.md). The value columns are those the goals' indicator tables
 * declare, by heading, in the order first met; an optional column no row fills is left out.
 */
export function viewGoalOverview(plan: Plan, request: OverviewRequest, id: string) {
  const goals = overviewGoals(plan, request)
  const tables = goals.flatMap((goal) => goal.indicatorTables)
  const columns = [...new Set(tables.flatMap((table) => table.columns))]
  const showArea = goals.some((goal) => goal.area !== undefined)
  const rows = goals.flatMap((goal, index) => goalRows(goal, columns, areaCell(goal, goals[index - 1], showArea)))
  const showIndicator = rows.some((row) => row.indicator !== '')
  const headers = { ...OVERVIEW_HEADERS, ...definedOnly(request.headers) }
  const caption = request.area ? `Mål och indikatorer – ${request.area}` : 'Mål och indikatorer'
  const direction = tables.some((table) => table.judgement === 'direction')
  const target = tables.some((table) => table.judgement === 'target')
  return {
    id,
    caption: md(caption),
    captionAttr: attr(caption),
    headers: { area: md(headers.area), goal: md(headers.goal), indicator: md(headers.indicator) },
    showArea,
    showIndicator,
    /** Area and goal head their row groups; the indicator heads its row. */
    headerColumns: (showArea ? 1 : 0) + 1 + (showIndicator ? 1 : 0),
    columns: columns.map(md),
    direction,
    target,
    showDirection: direction && rows.some((row) => row.direction !== ''),
    showTarget: target && rows.some((row) => row.target !== ''),
    rows,
  }
}

/** The area is written at the first goal of its group only; the goals below continue it. */
function areaCell(goal: DirectionGoal, previous: DirectionGoal | undefined, showArea: boolean): string {
  if (!showArea) return ''
  if (goal.area === undefined) return NO_AREA
  return previous?.area === goal.area ? '' : md(goal.area)
}

function goalRows(goal: DirectionGoal, columns: readonly string[], area: string): OverviewRow[] {
  const indicators = goal.indicatorTables.flatMap((table) => table.rows.map((row) => indicatorRow(row, table, columns)))
  const rows = indicators.length > 0 ? indicators : [{ indicator: '', cells: columns.map(() => ''), direction: '', target: '' }]
  // Only the goal's first row names it (and its area); the rows below continue both.
  return rows.map((row, index) => ({ ...row, area: index === 0 ? area : '', goal: index === 0 ? md(goal.title) : '' }))
}

function indicatorRow(indicator: Indicator, table: IndicatorTable, columns: readonly string[]) {
  const view = viewIndicator(indicator, table.columns, [])
  return {
    indicator: view.notes ? `${view.name} · ${view.notes}` : view.name,
    cells: columns.map((column) => {
      const index = table.columns.indexOf(column)
      return index === -1 ? '' : view.cells[index]!
    }),
    direction: table.judgement === 'direction' ? view.direction : '',
    target: table.judgement === 'target' ? view.target : '',
  }
}

function definedOnly(headers: OverviewHeaders | undefined): Partial<Record<keyof OverviewHeaders, string>> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([, value]) => value !== undefined))
}

/** `maloversikt`, then `maloversikt-2` …: one anchor per overview the document has. */
export function overviewId(plan: Plan, partIndex: number): string {
  const before = plan.document.slice(0, partIndex).filter((part) => 'block' in part && part.block === 'goalOverview').length
  return before === 0 ? 'maloversikt' : `maloversikt-${before + 1}`
}
