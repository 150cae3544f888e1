import { emit, type DiffContext } from '../context.js'
import { displayLabel } from '../match/normalize-label.js'
import type { TreeMatch } from '../match/match-tree.js'
import type { TreeNode } from '../match/build-nodes.js'
import type { Address } from './compare-values.js'
import { diffWords } from './diff-words.js'

export interface PairPlaces {
  /** Display path of the old and the new parent, for a move. */
  from: string[]
  to: string[]
}

/**
 * The structural changes of a matched pair: renamed when the shown label differs, moved when
 * the parent changed or the item left its place among siblings that kept theirs.
 */
export function reportPair<T>(
  context: DiffContext,
  at: Address,
  match: TreeMatch,
  before: TreeNode<T>,
  after: TreeNode<T>,
  n: number,
  places: PairPlaces,
): void {
  const oldLabel = displayLabel(before.label)
  const newLabel = displayLabel(after.label)
  if (oldLabel !== newLabel) {
    emit(context, { kind: 'renamed', ...at, old: oldLabel, new: newLabel, parts: diffWords(oldLabel, newLabel, context.budget) })
  }
  if (match.movedAcross.has(n) || match.reordered.has(n)) {
    emit(context, { kind: 'moved', ...at, from: places.from, to: places.to, oldIndex: before.index, newIndex: after.index })
  }
}

/** A text field reworded, added or cleared; nothing when equal (ignoring white space at the ends). */
export function reportText(context: DiffContext, at: Address, field: string, before: string | undefined, after: string | undefined): void {
  const old = (before ?? '').trim()
  const neu = (after ?? '').trim()
  if (old === neu) return
  emit(context, { kind: 'text', ...at, path: [...at.path, field], field, old, new: neu, parts: diffWords(old, neu, context.budget) })
}
