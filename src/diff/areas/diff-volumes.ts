import type { VolumeRow, Volumes } from '../../model/index.js'
import type { Area } from '../types.js'
import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { alignColumns } from '../compare/align-columns.js'
import { compareValue } from '../compare/compare-values.js'
import { reportColumns } from '../compare/report-columns.js'
import { reportPair, reportText } from '../compare/report-pair.js'
import { buildNodes, type NodeInput } from '../match/build-nodes.js'
import { matchTree } from '../match/match-tree.js'
import { normalizeLabel } from '../match/normalize-label.js'
import { walkInOrder } from '../match/walk-in-order.js'
import { addressRows, reportWholeTable } from './address-rows.js'

type Item = { type: 'group'; area: string } | { type: 'row'; row: VolumeRow }

/** Volumes and key figures: areas (groups) with figures per outcome/forecast/plan column. */
export function diffVolumes(context: DiffContext, before: Volumes | undefined, after: Volumes | undefined): void {
  const area: Area = 'volumes'
  const label = AREA_LABELS[area]
  if (!before || !after) return reportWholeTable(context, area, before?.caption ?? after?.caption, before, after)
  reportText(context, { area, key: `${area}:table`, path: [label] }, 'Rubrik', before.caption, after.caption)
  const columns = alignColumns(before.columns, after.columns)
  reportColumns(context, area, [label], label, columns, before.columns, after.columns)
  const oldNodes = buildNodes(volumeInputs(before, columns.pairs.map(([o]) => o)))
  const newNodes = buildNodes(volumeInputs(after, columns.pairs.map(([, n]) => n)))
  const match = matchTree(oldNodes, newNodes, context.budget)
  const oldPaths = addressRows(label, oldNodes, true)
  const newPaths = addressRows(label, newNodes, true)
  const parentPath = (nodes: typeof oldNodes, parent: number): string[] => (nodes[parent] ? [label, nodes[parent].label] : [label])
  walkInOrder(match, oldNodes.length, {
    pair(o, n) {
      const old = oldNodes[o]!
      const neu = newNodes[n]!
      const at = { area, key: `${area}:${neu.key}`, path: newPaths[n]! }
      reportPair(context, at, match, old, neu, n, { from: parentPath(oldNodes, old.parent), to: parentPath(newNodes, neu.parent) })
      if (old.item.type !== 'row' || neu.item.type !== 'row') return
      const [oldRow, newRow] = [old.item.row, neu.item.row]
      emit(context, compareValue(at, 'Enhet', oldRow.unit, newRow.unit))
      for (const [oc, nc] of columns.pairs) {
        emit(context, compareValue(at, after.columns[nc]!, oldRow.values[oc], newRow.values[nc], { unit: newRow.unit }))
      }
    },
    added(n) {
      const neu = newNodes[n]!
      const values = neu.item.type === 'row' ? valuesOf(neu.item.row, after.columns) : undefined
      emit(context, { kind: 'added', area, key: `${area}:${neu.key}`, path: newPaths[n]!, ...(values && { values }) })
    },
    removed(o) {
      const old = oldNodes[o]!
      const values = old.item.type === 'row' ? valuesOf(old.item.row, before.columns) : undefined
      emit(context, { kind: 'removed', area, key: `${area}:${old.key}`, path: oldPaths[o]!, ...(values && { values }) })
    },
  })
}

export function volumeInputs(volumes: Volumes, shared: readonly number[]): NodeInput<Item>[] {
  const list: NodeInput<Item>[] = []
  for (const group of volumes.groups) {
    const parent = list.length
    const fingerprint = group.rows.map((row) => normalizeLabel(row.name)).join('\n')
    list.push({ item: { type: 'group', area: group.area }, kind: 'group', label: group.area, id: group.id, parent: -1, fingerprint })
    for (const row of group.rows) {
      const values = shared.map((i) => String(row.values[i] ?? null)).join('|')
      list.push({ item: { type: 'row', row }, kind: 'row', label: row.name, id: row.id, parent, fingerprint: `${row.unit ?? ''}|${values}` })
    }
  }
  return list
}

function valuesOf(row: VolumeRow, columns: readonly string[]) {
  return columns.map((column, i) => ({ column, value: row.values[i] ?? null }))
}
