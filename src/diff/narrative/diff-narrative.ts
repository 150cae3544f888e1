import type { Root } from 'mdast'
import type { DiffContext } from '../context.js'
import { reportPair } from '../compare/report-pair.js'
import type { Address } from '../compare/compare-values.js'
import { buildNodes, type TreeNode } from '../match/build-nodes.js'
import { matchTree } from '../match/match-tree.js'
import { walkInOrder } from '../match/walk-in-order.js'
import type { NarrativeText } from '../snapshot.js'
import type { Change } from '../types.js'
import { compareSectionBlocks } from './compare-section-blocks.js'
import { parseNarrative } from './parse-narrative.js'
import { reportLooseBlocks } from './report-loose-blocks.js'
import { sectionInputs, sectionPaths } from './section-tree.js'
import type { LooseBlock, NarrativeSection, PlacedChange } from './types.js'

/**
 * The narrative: sections aligned by heading path (renamed and moved sections are recognised),
 * blocks aligned inside each pair of sections, word changes inside reworded blocks, and blocks
 * that left one section for another reported as moves.
 */
export function diffNarrative(context: DiffContext, before: readonly NarrativeText[], after: readonly NarrativeText[]): void {
  const trees = new Map<string, Root>()
  const oldSections = parseNarrative(before, trees)
  const newSections = parseNarrative(after, trees)
  const oldNodes = buildNodes(sectionInputs(oldSections))
  const newNodes = buildNodes(sectionInputs(newSections))
  const match = matchTree(oldNodes, newNodes, context.budget)
  const oldPaths = sectionPaths(oldSections)
  const newPaths = sectionPaths(newSections)
  const placed: PlacedChange[] = []
  const loose = { deleted: [] as LooseBlock[], inserted: [] as LooseBlock[] }
  const sides = { oldSections, newSections, oldNodes, newNodes, oldPaths, newPaths }
  let lastNew = -1
  walkInOrder(match, oldNodes.length, {
    pair(o, n) {
      lastNew = n
      const at: Address = { area: 'narrative', key: `narrative:${newNodes[n]!.key}`, path: newPaths[n]! }
      const structural: Change[] = []
      reportPair({ budget: context.budget, changes: structural }, at, match, oldNodes[o]!, newNodes[n]!, n, {
        from: oldPaths[oldSections[o]!.parent] ?? ['Text'],
        to: newPaths[newSections[n]!.parent] ?? ['Text'],
      })
      for (const change of structural) placed.push({ order: n, position: -1, change: withAt(change, newNodes[n]!.key, -1) })
      compareSectionBlocks(context, sides, o, n, placed, loose)
    },
    added(n) {
      lastNew = n
      placed.push({ order: n, position: -1, change: sectionChange('added', newNodes[n]!, newSections[n]!, newPaths[n]!, newNodes[n]!.key, -1) })
    },
    removed(o) {
      const anchor = newNodes[lastNew]
      const index = newSections[lastNew]?.blocks.length ?? 0
      const change = sectionChange('removed', oldNodes[o]!, oldSections[o]!, oldPaths[o]!, anchor?.key ?? '', index)
      placed.push({ order: lastNew, position: Number.MAX_SAFE_INTEGER, change })
    },
  })
  reportLooseBlocks(sides, loose, placed)
  placed.sort((a, b) => a.order - b.order || a.position - b.position)
  for (const { change } of placed) context.changes.push(change)
}

function sectionChange(
  kind: 'added' | 'removed',
  node: TreeNode<NarrativeSection>,
  section: NarrativeSection,
  path: string[],
  atSection: string,
  index: number,
): Change {
  const text = section.blocks.map((block) => block.text).join('\n\n')
  return { kind, area: 'narrative', key: `narrative:${node.key}`, path, ...(text && { text }), at: { section: atSection, index } }
}

function withAt(change: Change, section: string, index: number): Change {
  return change.kind === 'moved' || change.kind === 'text' ? { ...change, at: { section, index } } : change
}
