import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { DirectionGoal, IndicatorTable, OutcomeValue } from '../../../model/index.js'
import { AREA_OF, goalTreeInputs, type GoalItem } from '../../areas/goal-tree.js'
import { buildNodes, type TreeNode } from '../../match/build-nodes.js'
import type { Change } from '../../types.js'
import { formatScalar } from '../../../format/index.js'
import type { ChangeIndex } from './change-index.js'
import { deleted, markValue } from './render-marks.js'
import { keyedRow, markLabel, renderTable, type TableRow } from './render-table.js'
import { renderTextField } from './render-text-field.js'

type Node = TreeNode<GoalItem>

/** The goals chapter of the new draft: goals, focus, assignments, indicators, board goals, marked. */
export function renderGoals(index: ChangeIndex, goals: readonly DirectionGoal[]): Element[] {
  const nodes = buildNodes(goalTreeInputs(goals))
  const keyOf = (node: Node): string => `${AREA_OF[node.item.type]}:${node.key}`
  const childrenOf = (parent: number): Node[] => nodes.filter((node) => node.parent === parent)
  const removed = (types: GoalItem['type'][]): Change[] =>
    index.diff.changes.filter((c) => c.kind === 'removed' && (c.area === 'goals' || c.area === 'assignments' || c.area === 'indicators') && types.some((t) => c.key.startsWith(`${AREA_OF[t]}:`)))
  const renderGoal = (node: Node, depth: 3 | 4): Element => {
    const i = nodes.indexOf(node)
    const key = keyOf(node)
    const changes = index.of(key)
    const children = childrenOf(i)
    const item = node.item
    const parts: (Element | undefined)[] = [h(`h${depth}`, { id: index.anchor(key) }, markLabel(changes, node.label))]
    if (item.type === 'goal') {
      if (item.goal.label) parts.push(h('p.label', item.goal.label))
      parts.push(renderTextField(index, key, 'Beskrivning', item.goal.description))
      parts.push(renderTextField(index, key, 'Inledning till inriktningen', item.goal.focusIntro))
      const focus = children.filter((child) => child.item.type === 'focus')
      if (focus.length > 0) parts.push(h('ul', focus.map((child) => focusItem(index, keyOf(child), child))))
      parts.push(renderAssignments(index, children.filter((c) => c.item.type === 'assignment'), keyOf))
    } else if (item.type === 'boardGoal') {
      parts.push(renderTextField(index, key, 'Beskrivning', item.goal.description))
    }
    parts.push(...renderIndicatorTables(index, children.filter((c) => c.item.type === 'indicator'), keyOf))
    if (item.type === 'boardGoal') parts.push(renderTextField(index, key, 'Beskrivning nyckeltal', item.goal.indicatorNotes))
    for (const board of children.filter((c) => c.item.type === 'boardGoal')) parts.push(renderGoal(board, 4))
    const state = changes.some((c) => c.kind === 'added') ? 'added' : 'has-changes'
    return h('section', { className: ['goal', state] }, parts.filter((p): p is Element => p !== undefined))
  }
  const rendered = nodes.filter((node) => node.parent === -1).map((node) => renderGoal(node, 3))
  const gone = removed(['goal', 'boardGoal', 'focus', 'assignment', 'indicator'])
  if (gone.length > 0) {
    rendered.push(h('section.goal.removed', [h('h3', 'Borttaget ur målen'), h('ul', gone.map((c) => h('li', { id: index.anchor(c.key) }, [deleted(c.path.slice(1).join(' › '))])))]))
  }
  return rendered
}

function focusItem(index: ChangeIndex, key: string, node: Node): Element {
  const changes = index.of(key)
  const state = changes.some((c) => c.kind === 'added') ? 'added' : changes.length > 0 ? 'changed' : 'unchanged'
  return h('li', { id: index.anchor(key), className: [state] }, markLabel(changes, node.label))
}

function renderAssignments(index: ChangeIndex, nodes: Node[], keyOf: (node: Node) => string): Element | undefined {
  if (nodes.length === 0) return undefined
  const columns = ['Tidsperiod', 'Nivå']
  const rows = nodes.map((node) => {
    const a = node.item.type === 'assignment' ? node.item.assignment : undefined
    return keyedRow(index, keyOf(node), node.label, columns, [a?.period ?? '', a?.level ?? ''])
  })
  return renderTable({ caption: 'Uppdrag', labelHeader: 'Uppdrag', columns: columns.map((label) => ({ label, text: true })), rows })
}

/** One table per indicator table of the new draft, in its columns, with the judgement column last. */
function renderIndicatorTables(index: ChangeIndex, nodes: Node[], keyOf: (node: Node) => string): Element[] {
  const tables = new Map<IndicatorTable, Node[]>()
  for (const node of nodes) {
    if (node.item.type !== 'indicator') continue
    tables.set(node.item.table, [...(tables.get(node.item.table) ?? []), node])
  }
  return [...tables].map(([table, rows]) => {
    const judgement = table.judgement === 'target' ? 'Mål' : table.judgement === 'direction' ? 'Önskad riktning' : undefined
    const columns = judgement ? [...table.columns, judgement] : table.columns
    const tableRows: TableRow[] = rows.map((node) => {
      const indicator = node.item.type === 'indicator' ? node.item.indicator : undefined
      const key = keyOf(node)
      const changes = index.of(key)
      const base = keyedRow(index, key, node.label + (indicator?.kolada ? ` (${indicator.kolada})` : ''), [], [])
      const cells = table.columns.map((column, i) => outcomeCell(changes, column, indicator?.values[i]))
      if (judgement) cells.push(judgementCell(changes, judgement, judgement === 'Mål' ? indicator?.target : indicator?.direction))
      return { ...base, cells }
    })
    return renderTable({ caption: rows[0]?.item.type === 'indicator' ? rows[0].item.tableName : 'Indikatorer', labelHeader: 'Indikator', columns: columns.map((label) => ({ label })), rows: tableRows })
  })
}

function outcomeCell(changes: readonly Change[], column: string, value: OutcomeValue | undefined): ElementContent[] {
  const split = value !== null && typeof value === 'object' ? value : { total: value ?? null, women: null, men: null }
  const part = (field: string, current: number | null): ElementContent[] => {
    const change = changes.find((c) => c.kind === 'value' && c.field === field)
    return change?.kind === 'value' ? markValue(change) : [{ type: 'text', value: formatScalar(current) }]
  }
  const content = part(column, split.total)
  if (split.women !== null || split.men !== null || changes.some((c) => c.kind === 'value' && c.field.startsWith(`${column}, `))) {
    content.push({ type: 'text', value: ' (K: ' }, ...part(`${column}, kvinnor`, split.women), { type: 'text', value: ', M: ' }, ...part(`${column}, män`, split.men), { type: 'text', value: ')' })
  }
  return content
}

function judgementCell(changes: readonly Change[], field: string, value: string | undefined): ElementContent[] {
  const change = changes.find((c) => c.kind === 'value' && c.field === field)
  return change?.kind === 'value' ? markValue(change) : [{ type: 'text', value: value ?? '' }]
}
