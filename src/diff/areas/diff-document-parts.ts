import type { Part } from '../../model/index.js'
import type { Area } from '../types.js'
import type { Address } from '../compare/compare-values.js'
import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { reportPair, reportText } from '../compare/report-pair.js'
import { buildNodes, type NodeInput } from '../match/build-nodes.js'
import { matchTree } from '../match/match-tree.js'
import { walkInOrder } from '../match/walk-in-order.js'
import { blockLabel } from '../part-label.js'

/**
 * The order of the document: which narrative files and generated blocks it has, and where.
 * Inline Markdown parts are compared as narrative, not here.
 */
export function diffDocumentParts(context: DiffContext, before: readonly Part[], after: readonly Part[], texts: { old: Map<string, string>; new: Map<string, string> }): void {
  const area: Area = 'document'
  const label = AREA_LABELS[area]
  const oldNodes = buildNodes(inputs(before, texts.old))
  const newNodes = buildNodes(inputs(after, texts.new))
  const match = matchTree(oldNodes, newNodes, context.budget)
  const at = (key: string, name: string) => ({ area, key: `${area}:${key}`, path: [label, name] })
  walkInOrder(match, oldNodes.length, {
    pair(o, n) {
      const neu = newNodes[n]!
      const address = at(neu.key, neu.label)
      reportPair(context, address, match, oldNodes[o]!, neu, n, { from: [label], to: [label] })
      reportChartOptions(context, address, oldNodes[o]!.item, neu.item)
    },
    added(n) {
      emit(context, { kind: 'added', ...at(newNodes[n]!.key, newNodes[n]!.label) })
    },
    removed(o) {
      emit(context, { kind: 'removed', ...at(oldNodes[o]!.key, oldNodes[o]!.label) })
    },
  })
}

function inputs(parts: readonly Part[], texts: Map<string, string>): NodeInput<Part>[] {
  return parts.flatMap((part): NodeInput<Part>[] => {
    if ('file' in part) {
      // A file renamed without edits is recognised by its text.
      return [{ item: part, kind: 'file', label: part.file, parent: -1, fingerprint: texts.get(part.file) ?? '' }]
    }
    if ('block' in part) {
      return [{ item: part, kind: 'block', label: blockLabel(part), parent: -1, fingerprint: '' }]
    }
    return []
  })
}

/** What a chart shows and how: its data, kind, caption and column, each reported as the text it is. */
function reportChartOptions(context: DiffContext, address: Address, before: Part, after: Part): void {
  if (!('block' in before) || !('block' in after) || before.block !== 'chart' || after.block !== 'chart') return
  for (const field of ['of', 'kind', 'caption', 'column'] as const) reportText(context, address, field, before[field], after[field])
}
