import { DEFAULT_LIMITS, type WorkBudget } from '../work-budget.js'
import { findUnmoved } from '../match/find-unmoved.js'

export type AlignOp = { op: 'equal'; o: number; n: number } | { op: 'delete'; o: number } | { op: 'insert'; n: number }

/**
 * Aligns two sequences of block texts: equal ends first, then an exact LCS over the middle when
 * its n·m cells fit the work bound; otherwise only blocks that occur once on each side anchor
 * the alignment (patience style, O(n log n)), and everything between anchors is replaced.
 */
export function alignBlocks(before: readonly string[], after: readonly string[], budget: WorkBudget): AlignOp[] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endOld = before.length
  let endNew = after.length
  while (endOld > start && endNew > start && before[endOld - 1] === after[endNew - 1]) endOld--, endNew--
  budget.spend(start + (before.length - endOld))
  const rows = endOld - start
  const cols = endNew - start
  const cells = rows * cols
  const fits = cells <= DEFAULT_LIMITS.alignmentCells ? budget.spend(cells) : budget.refuse()
  const middle = fits
    ? alignExactly(before.slice(start, endOld), after.slice(start, endNew))
    : alignByUniqueAnchors(before.slice(start, endOld), after.slice(start, endNew))
  const ops: AlignOp[] = []
  for (let i = 0; i < start; i++) ops.push({ op: 'equal', o: i, n: i })
  for (const op of middle) ops.push(shift(op, start))
  for (let o = endOld, n = endNew; o < before.length; o++, n++) ops.push({ op: 'equal', o, n })
  return ops
}

function shift(op: AlignOp, by: number): AlignOp {
  if (op.op === 'equal') return { op: 'equal', o: op.o + by, n: op.n + by }
  return op.op === 'delete' ? { op: 'delete', o: op.o + by } : { op: 'insert', n: op.n + by }
}

/** Classic LCS table, filled from the end so the walk forward is greedy in document order. */
function alignExactly(a: readonly string[], b: readonly string[]): AlignOp[] {
  const width = b.length + 1
  const table = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
    }
  }
  const ops: AlignOp[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) ops.push({ op: 'equal', o: i++, n: j++ })
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) ops.push({ op: 'delete', o: i++ })
    else ops.push({ op: 'insert', n: j++ })
  }
  while (i < a.length) ops.push({ op: 'delete', o: i++ })
  while (j < b.length) ops.push({ op: 'insert', n: j++ })
  return ops
}

function alignByUniqueAnchors(a: readonly string[], b: readonly string[]): AlignOp[] {
  const countA = countOccurrences(a)
  const countB = countOccurrences(b)
  const positionInA = new Map<string, number>()
  a.forEach((text, i) => countA.get(text) === 1 && positionInA.set(text, i))
  const candidates = b.flatMap((text, j) => (countB.get(text) === 1 && positionInA.has(text) ? [[positionInA.get(text)!, j] as const] : []))
  const kept = findUnmoved(candidates.map(([i]) => i))
  const anchors = candidates.filter((_, k) => kept[k])
  const ops: AlignOp[] = []
  let i = 0
  let j = 0
  for (const [ai, bj] of [...anchors, [a.length, b.length] as const]) {
    while (i < ai) ops.push({ op: 'delete', o: i++ })
    while (j < bj) ops.push({ op: 'insert', n: j++ })
    if (ai < a.length) ops.push({ op: 'equal', o: i++, n: j++ })
  }
  return ops
}

function countOccurrences(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
  return counts
}
