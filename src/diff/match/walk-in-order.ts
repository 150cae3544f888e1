import type { TreeMatch } from './match-tree.js'

export interface OrderVisitor {
  pair(o: number, n: number): void
  added(n: number): void
  removed(o: number): void
}

/**
 * Visits the items of both drafts in the new draft's order, each removed item right after the
 * partner of the matched item that preceded it in the old draft, so a reader sees changes where
 * they happened.
 */
export function walkInOrder(match: TreeMatch, oldCount: number, visit: OrderVisitor): void {
  const removedAfter = new Map<number, number[]>() // new index (-1 = start) → removed old indices
  let anchor = -1
  for (let o = 0; o < oldCount; o++) {
    const n = match.oldToNew[o]!
    if (n !== -1) {
      anchor = n
      continue
    }
    const list = removedAfter.get(anchor)
    if (list) list.push(o)
    else removedAfter.set(anchor, [o])
  }
  removedAfter.get(-1)?.forEach((o) => visit.removed(o))
  match.newToOld.forEach((o, n) => {
    if (o === -1) visit.added(n)
    else visit.pair(o, n)
    removedAfter.get(n)?.forEach((r) => visit.removed(r))
  })
}
