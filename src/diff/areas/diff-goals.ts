import type { DirectionGoal, IndicatorTable } from '../../model/index.js'
import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { alignColumns, type ColumnAlignment } from '../compare/align-columns.js'
import { compareValue, type Address } from '../compare/compare-values.js'
import { reportColumns } from '../compare/report-columns.js'
import { reportPair, reportText } from '../compare/report-pair.js'
import { buildNodes, type TreeNode } from '../match/build-nodes.js'
import { matchTree } from '../match/match-tree.js'
import { displayLabel } from '../match/normalize-label.js'
import { walkInOrder } from '../match/walk-in-order.js'
import { diffIndicator } from './diff-indicator.js'
import { AREA_OF, goalTreeInputs, type GoalItem } from './goal-tree.js'

type Node = TreeNode<GoalItem>

/** Direction goals, their focus lists, assignments and board goals, and all indicators under them. */
export function diffGoals(context: DiffContext, before: readonly DirectionGoal[], after: readonly DirectionGoal[]): void {
  const oldNodes = buildNodes(goalTreeInputs(before))
  const newNodes = buildNodes(goalTreeInputs(after))
  const match = matchTree(oldNodes, newNodes, context.budget)
  const oldPaths = addressGoals(oldNodes)
  const newPaths = addressGoals(newNodes)
  const tableColumns = new Map<IndicatorTable, Map<IndicatorTable, ColumnAlignment>>()
  walkInOrder(match, oldNodes.length, {
    pair(o, n) {
      const old = oldNodes[o]!
      const neu = newNodes[n]!
      const area = AREA_OF[neu.item.type]
      const at = { area, key: `${area}:${neu.key}`, path: newPaths[n]! }
      reportPair(context, at, match, old, neu, n, { from: parentPath(oldNodes, old), to: parentPath(newNodes, neu) })
      reportAreaMove(context, at, old, neu)
      diffGoalFields(context, at, old.item, neu.item, (oldTable, newTable, name) => columnsOf(context, tableColumns, oldTable, newTable, name))
    },
    added(n) {
      const neu = newNodes[n]!
      // A new goal's focus list is part of the goal's text, not a change of its own.
      if (neu.item.type === 'focus' && match.newToOld[neu.parent] === -1) return
      const area = AREA_OF[neu.item.type]
      emit(context, { kind: 'added', area, key: `${area}:${neu.key}`, path: newPaths[n]!, ...describe(neu.item) })
    },
    removed(o) {
      const old = oldNodes[o]!
      if (old.item.type === 'focus' && match.oldToNew[old.parent] === -1) return
      const area = AREA_OF[old.item.type]
      emit(context, { kind: 'removed', area, key: `${area}:${old.key}`, path: oldPaths[o]!, ...describe(old.item) })
    },
  })
}

/** What the overview calls a goal without an area, in a move's from/to. */
const NO_AREA = 'utan målområde'

/**
 * A goal given another `area` is moved in the goal overview, from one area's rows to another's:
 * a move between areas, like an indicator's move between goals.
 */
function reportAreaMove(context: DiffContext, at: Address, before: Node, after: Node): void {
  if (before.item.type !== 'goal' || after.item.type !== 'goal' || before.item.goal.area === after.item.goal.area) return
  const place = (area: string | undefined) => [AREA_LABELS.goals, area ?? NO_AREA]
  emit(context, { kind: 'moved', ...at, from: place(before.item.goal.area), to: place(after.item.goal.area), oldIndex: before.index, newIndex: after.index })
}

function diffGoalFields(
  context: DiffContext,
  at: Address,
  before: GoalItem,
  after: GoalItem,
  columnsOf: (oldTable: IndicatorTable, newTable: IndicatorTable, name: string) => ColumnAlignment,
): void {
  if (before.type === 'goal' && after.type === 'goal') {
    emit(context, compareValue(at, 'Etikett', before.goal.label, after.goal.label))
    reportText(context, at, 'Beskrivning', before.goal.description, after.goal.description)
    reportText(context, at, 'Inledning till inriktningen', before.goal.focusIntro, after.goal.focusIntro)
  } else if (before.type === 'boardGoal' && after.type === 'boardGoal') {
    reportText(context, at, 'Beskrivning', before.goal.description, after.goal.description)
    reportText(context, at, 'Beskrivning nyckeltal', before.goal.indicatorNotes, after.goal.indicatorNotes)
    emit(context, compareValue(at, 'Källa', before.goal.indicatorSource, after.goal.indicatorSource))
  } else if (before.type === 'assignment' && after.type === 'assignment') {
    emit(context, compareValue(at, 'Tidsperiod', before.assignment.period, after.assignment.period))
    emit(context, compareValue(at, 'Nivå', before.assignment.level, after.assignment.level))
    emit(context, compareValue(at, 'Tabell', before.assignment.table, after.assignment.table))
  } else if (before.type === 'indicator' && after.type === 'indicator') {
    diffIndicator(context, at, before.indicator, after.indicator, after.table, columnsOf(before.table, after.table, after.tableName))
  }
}

/** Aligns the columns of an old and a new indicator table once, reporting column changes once. */
function columnsOf(
  context: DiffContext,
  cache: Map<IndicatorTable, Map<IndicatorTable, ColumnAlignment>>,
  oldTable: IndicatorTable,
  newTable: IndicatorTable,
  name: string,
): ColumnAlignment {
  const byNew = cache.get(oldTable) ?? new Map<IndicatorTable, ColumnAlignment>()
  cache.set(oldTable, byNew)
  const known = byNew.get(newTable)
  if (known) return known
  const alignment = alignColumns(oldTable.columns, newTable.columns)
  byNew.set(newTable, alignment)
  const label = AREA_LABELS.indicators
  reportColumns(context, 'indicators', [label], name, alignment, oldTable.columns, newTable.columns)
  return alignment
}

function addressGoals(nodes: readonly Node[]): string[][] {
  const count = new Map<string, number>()
  for (const node of nodes) count.set(`${node.kind}\0${node.norm}`, (count.get(`${node.kind}\0${node.norm}`) ?? 0) + 1)
  return nodes.map((node) => {
    const parent = nodes[node.parent]
    const label = displayLabel(node.label)
    const area = AREA_LABELS[AREA_OF[node.item.type]]
    // Focus items and ambiguous labels need their goal to be found; the rest are unique sentences.
    const withParent = parent && (node.item.type === 'focus' || (count.get(`${node.kind}\0${node.norm}`) ?? 0) > 1)
    return withParent ? [area, displayLabel(parent.label), label] : [area, label]
  })
}

function parentPath(nodes: readonly Node[], node: Node): string[] {
  const parent = nodes[node.parent]
  return parent ? [AREA_LABELS.goals, displayLabel(parent.label)] : [AREA_LABELS.goals]
}

function describe(item: GoalItem): { text?: string } {
  switch (item.type) {
    case 'goal':
    case 'boardGoal':
      return item.goal.description ? { text: item.goal.description.trim() } : {}
    case 'assignment':
      return { text: `${item.assignment.period}, ${item.assignment.level}` }
    case 'indicator':
      return item.indicator.target ? { text: `Mål ${item.indicator.target}` } : item.indicator.direction ? { text: item.indicator.direction } : {}
    default:
      return {}
  }
}
