import { DEFAULT_LIMITS, type WorkBudget } from '../work-budget.js'
import type { TreeNode } from './build-nodes.js'
import { findUnmoved } from './find-unmoved.js'
import { measureSimilarity } from './measure-similarity.js'

/** Which old item is which new item, and which of the pairs changed place. */
export interface TreeMatch {
  oldToNew: number[]
  newToOld: number[]
  /** New indices whose parent is not the partner of their old parent: moved to another group. */
  movedAcross: Set<number>
  /** New indices that kept their parent but changed place among the siblings that did not move. */
  reordered: Set<number>
}

/** A label this similar (0–1) makes a rename even when the content changed too. */
const SIMILAR_LABEL = 0.75
/** With equal content, a label this similar is enough for a rename. */
const SIMILAR_LABEL_SAME_CONTENT = 0.3

/**
 * Matches the items of two drafts: by explicit id; by normalised label under the same parent;
 * by similarity (same content and a similar label, or a very similar label); then by label
 * anywhere (a move to another group). Never pairs items of different kinds.
 */
export function matchTree<T>(old: readonly TreeNode<T>[], neu: readonly TreeNode<T>[], budget: WorkBudget): TreeMatch {
  const state = { old, neu, oldToNew: new Array<number>(old.length).fill(-1), newToOld: new Array<number>(neu.length).fill(-1) }
  matchByIds(state)
  matchByLabelInParent(state)
  matchBySimilarity(state, budget)
  matchByLabelInParent(state) // children of groups that were just paired as renamed
  matchByLabelAnywhere(state)
  matchBySimilarity(state, budget)
  const movedAcross = findMovedAcross(state)
  return { oldToNew: state.oldToNew, newToOld: state.newToOld, movedAcross, reordered: findReordered(state, movedAcross) }
}

interface State<T> {
  old: readonly TreeNode<T>[]
  neu: readonly TreeNode<T>[]
  oldToNew: number[]
  newToOld: number[]
}

function pair<T>(state: State<T>, o: number, n: number): void {
  state.oldToNew[o] = n
  state.newToOld[n] = o
}

function matchByIds<T>(state: State<T>): void {
  const byId = new Map<string, number>()
  state.old.forEach((node, o) => node.id !== undefined && !byId.has(`${node.kind}\0${node.id}`) && byId.set(`${node.kind}\0${node.id}`, o))
  state.neu.forEach((node, n) => {
    const o = node.id === undefined ? undefined : byId.get(`${node.kind}\0${node.id}`)
    if (o !== undefined && state.oldToNew[o] === -1) pair(state, o, n)
  })
}

function matchByLabelInParent<T>(state: State<T>): void {
  const candidates = groupUnmatchedOld(state, (node) => `${node.kind}\0${node.parent}\0${node.norm}`)
  state.neu.forEach((node, n) => {
    if (state.newToOld[n] !== -1) return
    const parent = node.parent === -1 ? -1 : state.newToOld[node.parent]!
    if (node.parent !== -1 && parent === -1) return
    takeCandidate(state, candidates.get(`${node.kind}\0${parent}\0${node.norm}`), n)
  })
}

function matchByLabelAnywhere<T>(state: State<T>): void {
  const candidates = groupUnmatchedOld(state, (node) => `${node.kind}\0${node.norm}`)
  state.neu.forEach((node, n) => {
    if (state.newToOld[n] === -1) takeCandidate(state, candidates.get(`${node.kind}\0${node.norm}`), n)
  })
}

function groupUnmatchedOld<T>(state: State<T>, keyOf: (node: TreeNode<T>) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>()
  state.old.forEach((node, o) => {
    if (state.oldToNew[o] !== -1) return
    const key = keyOf(node)
    const group = groups.get(key)
    if (group) group.push(o)
    else groups.set(key, [o])
  })
  return groups
}

/** Among same-label candidates prefer equal content, then document order. */
function takeCandidate<T>(state: State<T>, candidates: number[] | undefined, n: number): void {
  if (!candidates) return
  const free = candidates.filter((o) => state.oldToNew[o] === -1)
  const o = free.find((c) => state.old[c]!.fingerprint === state.neu[n]!.fingerprint) ?? free[0]
  if (o !== undefined) pair(state, o, n)
}

function matchBySimilarity<T>(state: State<T>, budget: WorkBudget): void {
  const olds = state.old.flatMap((node, o) => (state.oldToNew[o] === -1 && !node.synthetic ? [o] : []))
  const news = state.neu.flatMap((node, n) => (state.newToOld[n] === -1 && !node.synthetic ? [n] : []))
  if (olds.length === 0 || news.length === 0) return
  const cells = olds.length * news.length
  if (cells > DEFAULT_LIMITS.alignmentCells) {
    budget.refuse()
    return
  }
  if (!budget.spend(cells)) return
  const fingerprintCount = countFingerprints(olds.map((o) => state.old[o]!), news.map((n) => state.neu[n]!))
  const scored: { o: number; n: number; score: number }[] = []
  for (const o of olds) {
    for (const n of news) {
      const score = scorePair(state, o, n, fingerprintCount, budget)
      if (score > 0) scored.push({ o, n, score })
    }
  }
  scored.sort((a, b) => b.score - a.score || a.o - b.o || a.n - b.n)
  for (const { o, n } of scored) {
    if (state.oldToNew[o] === -1 && state.newToOld[n] === -1) pair(state, o, n)
  }
}

function scorePair<T>(state: State<T>, o: number, n: number, fingerprintCount: Map<string, number>, budget: WorkBudget): number {
  const before = state.old[o]!
  const after = state.neu[n]!
  if (before.kind !== after.kind) return 0
  const sameParent = (before.parent === -1 ? -1 : state.oldToNew[before.parent]) === after.parent
  const sameContent = before.fingerprint !== '' && before.fingerprint === after.fingerprint
  const similarity = measureSimilarity(before.norm, after.norm, budget)
  const bonus = sameParent ? 0.01 : 0
  // Equal content under the same parent, and no other unmatched item with that content: the
  // label is all that changed, however much (a supplier that changed its name).
  if (sameContent && sameParent && fingerprintCount.get(before.fingerprint) === 2) return 3 + similarity
  if (sameContent && similarity >= SIMILAR_LABEL_SAME_CONTENT) return 2 + similarity + bonus
  if (similarity >= SIMILAR_LABEL) return similarity + bonus
  return 0
}

function countFingerprints<T>(olds: TreeNode<T>[], news: TreeNode<T>[]): Map<string, number> {
  const count = new Map<string, number>()
  for (const node of [...olds, ...news]) count.set(node.fingerprint, (count.get(node.fingerprint) ?? 0) + 1)
  return count
}

function findMovedAcross<T>(state: State<T>): Set<number> {
  const moved = new Set<number>()
  state.neu.forEach((node, n) => {
    const o = state.newToOld[n]!
    if (o === -1) return
    const oldParent = state.old[o]!.parent
    const partnerOfOldParent = oldParent === -1 ? -1 : state.oldToNew[oldParent]!
    if (partnerOfOldParent !== node.parent) moved.add(n)
  })
  return moved
}

function findReordered<T>(state: State<T>, movedAcross: Set<number>): Set<number> {
  const siblings = new Map<number, number[]>()
  state.neu.forEach((node, n) => {
    if (state.newToOld[n] === -1 || movedAcross.has(n)) return
    const group = siblings.get(node.parent)
    if (group) group.push(n)
    else siblings.set(node.parent, [n])
  })
  const reordered = new Set<number>()
  for (const group of siblings.values()) {
    const kept = findUnmoved(group.map((n) => state.old[state.newToOld[n]!]!.index))
    group.forEach((n, i) => !kept[i] && reordered.add(n))
  }
  return reordered
}
