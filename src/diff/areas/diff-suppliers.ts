import type { Supplier, Suppliers } from '../../model/index.js'
import type { Area } from '../types.js'
import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { compareValue } from '../compare/compare-values.js'
import { reportPair, reportText } from '../compare/report-pair.js'
import { buildNodes, type NodeInput, type TreeNode } from '../match/build-nodes.js'
import { matchTree } from '../match/match-tree.js'
import { displayLabel } from '../match/normalize-label.js'
import { walkInOrder } from '../match/walk-in-order.js'
import { reportWholeTable } from './address-rows.js'

const FIELDS: [keyof Supplier, string][] = [
  ['form', 'Avtalsform'],
  ['service', 'Tjänst'],
  ['operation', 'Verksamhet'],
]

/**
 * The private-supplier follow-up schedule. Rows are grouped by year (a group that exists only
 * for matching), so a supplier followed up in another year is a move, and the same supplier in
 * 2024 and 2025 are two rows.
 */
export function diffSuppliers(context: DiffContext, before: Suppliers | undefined, after: Suppliers | undefined): void {
  const area: Area = 'suppliers'
  const label = AREA_LABELS[area]
  if (!before || !after) return reportWholeTable(context, area, before?.caption ?? after?.caption, before, after)
  reportText(context, { area, key: `${area}:table`, path: [label] }, 'Rubrik', before.caption, after.caption)
  const oldNodes = buildNodes(supplierInputs(before.rows))
  const newNodes = buildNodes(supplierInputs(after.rows))
  const match = matchTree(oldNodes, newNodes, context.budget)
  const pathOf = (nodes: TreeNode<Supplier | number>[], node: TreeNode<Supplier | number>): string[] => {
    const year = nodes[node.parent]?.label ?? ''
    const supplier = node.item as Supplier
    const twins = nodes.filter((other) => other.parent === node.parent && other.norm === node.norm).length
    return [label, year, displayLabel(node.label) + (twins > 1 ? ` (${supplier.service})` : '')]
  }
  walkInOrder(match, oldNodes.length, {
    pair(o, n) {
      const old = oldNodes[o]!
      const neu = newNodes[n]!
      if (neu.synthetic) return
      const at = { area, key: `${area}:${neu.key}`, path: pathOf(newNodes, neu) }
      const yearPath = (nodes: typeof oldNodes, node: typeof old): string[] => [label, nodes[node.parent]?.label ?? '']
      reportPair(context, at, match, old, neu, n, { from: yearPath(oldNodes, old), to: yearPath(newNodes, neu) })
      for (const [field, name] of FIELDS) {
        if (field === 'operation') reportText(context, at, name, (old.item as Supplier).operation, (neu.item as Supplier).operation)
        else emit(context, compareValue(at, name, (old.item as Supplier)[field], (neu.item as Supplier)[field]))
      }
    },
    added(n) {
      const neu = newNodes[n]!
      if (!neu.synthetic) emit(context, { kind: 'added', area, key: `${area}:${neu.key}`, path: pathOf(newNodes, neu), text: describe(neu.item as Supplier) })
    },
    removed(o) {
      const old = oldNodes[o]!
      if (!old.synthetic) emit(context, { kind: 'removed', area, key: `${area}:${old.key}`, path: pathOf(oldNodes, old), text: describe(old.item as Supplier) })
    },
  })
}

export function supplierInputs(rows: readonly Supplier[]): NodeInput<Supplier | number>[] {
  const list: NodeInput<Supplier | number>[] = []
  const yearIndex = new Map<number, number>()
  for (const year of [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b)) {
    yearIndex.set(year, list.length)
    list.push({ item: year, kind: 'year', label: String(year), parent: -1, fingerprint: '', synthetic: true })
  }
  // Rows follow their year groups; the parent index makes the tree, the order among siblings is kept.
  for (const row of rows) {
    list.push({
      item: row,
      kind: 'supplier',
      label: row.supplier,
      id: row.id,
      parent: yearIndex.get(row.year)!,
      fingerprint: `${row.form}|${row.service}|${row.operation ?? ''}`,
    })
  }
  return list
}

function describe(row: Supplier): string {
  return [row.form, row.service, row.operation].filter(Boolean).join(', ')
}
