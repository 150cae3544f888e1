import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import type { TreeNode } from '../match/build-nodes.js'
import { displayLabel } from '../match/normalize-label.js'
import type { Area } from '../types.js'

/**
 * Display paths of rows: the area and the row's label, with the group's label in between only
 * where the label alone is ambiguous in the table ("Antal brukare totalt" under two areas).
 */
export function addressRows<T>(areaLabel: string, nodes: readonly TreeNode<T>[], alwaysWithParent = false): string[][] {
  const count = new Map<string, number>()
  for (const node of nodes) count.set(`${node.kind}\0${node.norm}`, (count.get(`${node.kind}\0${node.norm}`) ?? 0) + 1)
  return nodes.map((node) => {
    const parent = nodes[node.parent]
    const ambiguous = (count.get(`${node.kind}\0${node.norm}`) ?? 0) > 1
    return parent && (alwaysWithParent || ambiguous)
      ? [areaLabel, displayLabel(parent.label), displayLabel(node.label)]
      : [areaLabel, displayLabel(node.label)]
  })
}

/** A table only one draft has: one change, not one per row. */
export function reportWholeTable(context: DiffContext, area: Area, caption: string | undefined, before: unknown, after: unknown): void {
  if (before === after) return
  const at = { area, key: `${area}:table`, path: [AREA_LABELS[area]] }
  const text = caption ? { text: caption } : {}
  if (after && !before) emit(context, { kind: 'added', ...at, ...text })
  if (before && !after) emit(context, { kind: 'removed', ...at, ...text })
}
