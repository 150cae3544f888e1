import { moneyTotals } from '../../derive/index.js'
import type { MoneyRow, MoneyTable } from '../../model/index.js'
import { AREA_LABELS, UNIT_FACTORS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { alignColumns, type ColumnAlignment } from '../compare/align-columns.js'
import { compareValue } from '../compare/compare-values.js'
import { reportColumns } from '../compare/report-columns.js'
import { reportPair, reportText } from '../compare/report-pair.js'
import { buildNodes, type NodeInput, type TreeNode } from '../match/build-nodes.js'
import { matchTree } from '../match/match-tree.js'
import { walkInOrder } from '../match/walk-in-order.js'
import type { Area, ColumnValue } from '../types.js'
import { flattenMoneyRows } from './flatten-money-rows.js'
import { addressRows, reportWholeTable } from './address-rows.js'

/** Operating budget, budget per responsibility, investments: every row, every cell, the total once. */
export function diffMoneyTable(context: DiffContext, area: Area, before: MoneyTable | undefined, after: MoneyTable | undefined): void {
  const label = AREA_LABELS[area]
  if (!before || !after) return reportWholeTable(context, area, before?.caption ?? after?.caption, before, after)
  const table = { area, key: `${area}:table`, path: [label] }
  reportText(context, table, 'Rubrik', before.caption, after.caption)
  reportText(context, table, 'Rubrik för första kolumnen', before.labelHeader, after.labelHeader)
  emit(context, compareValue(table, 'Enhet', before.unit, after.unit))
  const columns = alignColumns(before.columns, after.columns)
  reportColumns(context, area, [label], label, columns, before.columns, after.columns)
  // Amounts are compared in the new draft's unit, so "36 414 tkr" → "36,4 mnkr" is no change.
  const scale = (UNIT_FACTORS[before.unit] ?? 1) / (UNIT_FACTORS[after.unit] ?? 1)
  const oldNodes = buildNodes(rowInputs(before.rows, columns.pairs.map(([o]) => o), scale))
  const newNodes = buildNodes(rowInputs(after.rows, columns.pairs.map(([, n]) => n), 1))
  const match = matchTree(oldNodes, newNodes, context.budget)
  const oldPaths = addressRows(label, oldNodes)
  const newPaths = addressRows(label, newNodes)
  const valuesOf = (node: TreeNode<MoneyRow>, labels: readonly string[], factor: number): ColumnValue[] =>
    labels.map((column, i) => ({ column, value: scaleCell(node.item.values?.[i], factor) }))
  walkInOrder(match, oldNodes.length, {
    pair(o, n) {
      const old = oldNodes[o]!
      const neu = newNodes[n]!
      const at = { area, key: `${area}:${neu.key}`, path: newPaths[n]! }
      reportPair(context, at, match, old, neu, n, { from: parentPath(label, oldNodes, old), to: parentPath(label, newNodes, neu) })
      for (const [oc, nc] of columns.pairs) {
        const field = after.columns[nc]!
        emit(context, compareValue(at, field, scaleCell(old.item.values?.[oc], scale), neu.item.values?.[nc], { unit: after.unit }))
      }
    },
    added(n) {
      const neu = newNodes[n]!
      const values = neu.item.values ? valuesOf(neu, after.columns, 1) : undefined
      emit(context, { kind: 'added', area, key: `${area}:${neu.key}`, path: newPaths[n]!, ...(values && { values, unit: after.unit }) })
    },
    removed(o) {
      const old = oldNodes[o]!
      const values = old.item.values ? valuesOf(old, before.columns, 1) : undefined
      emit(context, { kind: 'removed', area, key: `${area}:${old.key}`, path: oldPaths[o]!, ...(values && { values, unit: before.unit }) })
    },
  })
  reportTotal(context, area, label, before, after, columns, scale)
}

export function rowInputs(rows: readonly MoneyRow[], shared: readonly number[], scale: number): NodeInput<MoneyRow>[] {
  return flattenMoneyRows(rows).map(({ row, parent, children }) => ({
    item: row,
    kind: 'row',
    label: row.label,
    id: row.id,
    parent,
    // A group is recognised by its rows, a row by its amounts in the columns both drafts have.
    fingerprint: children.length > 0 ? children.join('\n') : shared.map((i) => String(scaleCell(row.values?.[i], scale))).join('|'),
  }))
}

function reportTotal(context: DiffContext, area: Area, label: string, before: MoneyTable, after: MoneyTable, columns: ColumnAlignment, scale: number): void {
  // The totals the documents print (derive/), so the report never shows a Summa they do not.
  const oldSums = moneyTotals(before)
  const newSums = moneyTotals(after)
  const at = { area, key: `${area}:total`, path: [label, after.total?.label ?? 'Summa'] }
  for (const [o, n] of columns.pairs) {
    emit(context, compareValue(at, after.columns[n]!, scaleCell(oldSums[o], scale), newSums[n], { unit: after.unit, derived: true }))
  }
}

function parentPath(label: string, nodes: readonly TreeNode<MoneyRow>[], node: TreeNode<MoneyRow>): string[] {
  const parent = nodes[node.parent]
  return parent ? [label, parent.label] : [label]
}

function scaleCell(value: number | null | undefined, factor: number): number | null {
  if (value === null || value === undefined) return null
  return factor === 1 ? value : Math.round(value * factor * 1e6) / 1e6
}
