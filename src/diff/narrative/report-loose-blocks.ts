import type { LooseBlock, PlacedChange, Sides } from './types.js'

/**
 * Blocks that lost their place: one deleted in one section and inserted unchanged in another
 * (or elsewhere in the same section) is a move; the others are removed or added.
 */
export function reportLooseBlocks(sides: Sides, loose: { deleted: LooseBlock[]; inserted: LooseBlock[] }, placed: PlacedChange[]): void {
  const deletedByText = new Map<string, LooseBlock[]>()
  const consumed = new Set<LooseBlock>()
  for (const block of loose.deleted) {
    const text = sides.oldSections[block.section]!.blocks[block.block]!.text
    const list = deletedByText.get(text)
    if (list) list.push(block)
    else deletedByText.set(text, [block])
  }
  for (const block of loose.inserted) {
    const after = sides.newSections[block.section]!.blocks[block.block]!
    const key = `narrative:${sides.newNodes[block.section]!.key}#${block.block}`
    const path = [...sides.newPaths[block.section]!, after.name]
    const source = deletedByText.get(after.text)?.shift()
    if (source) {
      const from = [...sides.oldPaths[source.section]!]
      placed.push({
        order: block.order,
        position: block.position,
        change: { kind: 'moved', area: 'narrative', key, path, from, to: sides.newPaths[block.section]!, oldIndex: source.block, newIndex: block.block, at: block.at },
      })
      consumed.add(source)
    } else {
      placed.push({ order: block.order, position: block.position, change: { kind: 'added', area: 'narrative', key, path, text: after.text, at: block.at } })
    }
  }
  for (const block of loose.deleted) {
    if (consumed.has(block)) continue
    const before = sides.oldSections[block.section]!.blocks[block.block]!
    const key = `narrative:${sides.oldNodes[block.section]!.key}#${block.block}`
    const path = [...sides.oldPaths[block.section]!, before.name]
    placed.push({ order: block.order, position: block.position, change: { kind: 'removed', area: 'narrative', key, path, text: before.text, at: block.at } })
  }
}
