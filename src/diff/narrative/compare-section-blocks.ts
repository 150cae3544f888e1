import type { DiffContext } from '../context.js'
import { diffWords } from '../compare/diff-words.js'
import type { TreeNode } from '../match/build-nodes.js'
import { measureWordSimilarity } from '../match/measure-similarity.js'
import { alignBlocks } from './align-blocks.js'
import type { LooseBlock, NarrativeSection, PlacedChange, Sides } from './types.js'
import type { Change } from '../types.js'

/** How far ahead among the inserted blocks a deleted block looks for its reworded version. */
const PAIRING_WINDOW = 4
/** Share of words two blocks must have in common to be one reworded block. */
const REWORDED = 0.5

/** Aligns the blocks of a pair of sections; reworded blocks become word diffs, the rest is loose. */
export function compareSectionBlocks(
  context: DiffContext,
  sides: Sides,
  o: number,
  n: number,
  placed: PlacedChange[],
  loose: { deleted: LooseBlock[]; inserted: LooseBlock[] },
): void {
  const before = sides.oldSections[o]!.blocks
  const after = sides.newSections[n]!.blocks
  const sectionKey = sides.newNodes[n]!.key
  const ops = alignBlocks(before.map((b) => b.text), after.map((b) => b.text), context.budget)
  let deleted: number[] = []
  let inserted: number[] = []
  const flush = (nextNew: number): void => {
    const firstNew = inserted[0] ?? nextNew
    const paired = pairReworded(context, before, after, deleted, inserted)
    for (const [d, i] of paired) {
      const change: Change = {
        kind: 'text',
        area: 'narrative',
        key: `narrative:${sectionKey}#${i}`,
        path: [...sides.newPaths[n]!, after[i]!.name],
        field: after[i]!.name,
        old: before[d]!.text,
        new: after[i]!.text,
        parts: diffWords(before[d]!.text, after[i]!.text, context.budget),
        at: { section: sectionKey, index: i },
      }
      placed.push({ order: n, position: i, change })
    }
    const pairedOld = new Set(paired.map(([d]) => d))
    const pairedNew = new Set(paired.map(([, i]) => i))
    for (const d of deleted.filter((d) => !pairedOld.has(d))) {
      loose.deleted.push({ section: o, block: d, order: n, position: firstNew - 0.5, at: { section: sectionKey, index: firstNew } })
    }
    for (const i of inserted.filter((i) => !pairedNew.has(i))) {
      loose.inserted.push({ section: n, block: i, order: n, position: i, at: { section: sectionKey, index: i } })
    }
    deleted = []
    inserted = []
  }
  for (const op of ops) {
    if (op.op === 'delete') deleted.push(op.o)
    else if (op.op === 'insert') inserted.push(op.n)
    else flush(op.n)
  }
  flush(after.length)
}

/** Pairs each deleted block with a similar inserted block close to it, in document order. */
function pairReworded(
  context: DiffContext,
  before: NarrativeSection['blocks'],
  after: NarrativeSection['blocks'],
  deleted: readonly number[],
  inserted: readonly number[],
): [number, number][] {
  const pairs: [number, number][] = []
  let next = 0
  for (const d of deleted) {
    let best = -1
    let bestScore = REWORDED
    for (let k = next; k < Math.min(inserted.length, next + PAIRING_WINDOW); k++) {
      const candidate = after[inserted[k]!]!
      if (candidate.type !== before[d]!.type) continue
      const score = measureWordSimilarity(before[d]!.norm, candidate.norm, context.budget)
      if (score >= bestScore) [best, bestScore] = [k, score + 1e-9]
      if (score === 1) break // the same words: no closer candidate can follow
    }
    if (best !== -1) {
      pairs.push([d, inserted[best]!])
      next = best + 1
    }
  }
  return pairs
}
