import type { Content } from 'pdfmake/interfaces.js'
import { isPageBreak, type Block, type FlowItem } from './block.js'
import { holdStart } from './widows-and-orphans.js'

/** Blocks at most this share of a page go whole into a heading's group (tables, keeps). */
const WHOLE_SHARE = 0.45

/**
 * Arranges converted blocks into pdfmake content so that a heading (or label, or caption) is never
 * the last thing on a page, without pdfmake's `pageBreakBefore` callback (which lays the whole
 * document out again for every break it inserts).
 *
 * A run of keep-with-next blocks is wrapped with what follows it in an `unbreakable` stack:
 * - a following block that is already unbreakable, or a table small enough
 *   (≤ 45 % of a page), goes into the group whole;
 * - anything longer stays outside, and the group instead ends in an empty space as tall as the
 *   block's lead (its first two lines; a table's header and first row, which pdfmake keeps together
 *   through `keepWithHeaderRows`). The block then starts with a negative top margin of the same
 *   size, so on paper it begins right under the heading. pdfmake moves the group to the next page
 *   when heading + lead do not fit, which is exactly "keep with next".
 * Tables never go into a group with a repeating header row: pdfmake would capture the heading as
 * part of the header to repeat.
 */
export function arrangeBlocks(items: readonly FlowItem[], contentHeight: number): Content[] {
  const blocks = applyPageBreaks(items)
  const out: Content[] = []
  let i = 0
  while (i < blocks.length) {
    const first = blocks[i]!
    if (!first.keepWithNext) {
      out.push(withBreak(first.content, first.breakBefore))
      i++
      continue
    }
    const run: Block[] = [first]
    let j = i + 1
    while (j < blocks.length && blocks[j]!.keepWithNext && !blocks[j]!.breakBefore) run.push(blocks[j++]!)
    const next = j < blocks.length && !blocks[j]!.breakBefore ? blocks[j] : undefined
    out.push(...group(run, next, contentHeight))
    i = next ? j + 1 : j
  }
  return out
}

function group(run: Block[], next: Block | undefined, contentHeight: number): Content[] {
  const runContent = run.map((block) => block.grouped ?? block.content)
  const runHeight = run.reduce((sum, block) => sum + block.height, 0)
  const breakBefore = run[0]!.breakBefore
  if (!next || runHeight + next.lead > contentHeight) {
    return [withBreak({ stack: runContent, unbreakable: true }, breakBefore)]
  }
  const whole = next.unbreakable || (next.grouped !== undefined && next.height <= contentHeight * WHOLE_SHARE)
  if (whole && runHeight + next.height <= contentHeight) {
    return [withBreak({ stack: [...runContent, next.grouped ?? next.content], unbreakable: true }, breakBefore)]
  }
  const [kept, pulled] = keepRoomFor(runContent, next.lead, holdStart(next.content))
  return [withBreak(kept, breakBefore), pulled]
}

/**
 * `lead` with `room` points of empty space under it, as one unbreakable group, and then `rest`
 * pulled up over that space: pdfmake moves the group to the next page when it does not fit, so
 * `rest` starts only where its first `room` points fit under the lead (which may be nothing, as
 * for a list item that must start with two lines beside its bullet).
 */
export function keepRoomFor(lead: Content[], room: number, rest: Content): [Content, Content] {
  const last = lead.length > 0 ? [lead[lead.length - 1]!] : []
  return [
    { stack: [...lead.slice(0, -1), { stack: last, margin: [0, 0, 0, room] }], unbreakable: true },
    { stack: [rest], margin: [0, -room, 0, 0] },
  ]
}

/** Folds `::pagebreak` markers into the block after them; a break before a chapter (which breaks anyway) or at the end is dropped. */
function applyPageBreaks(items: readonly FlowItem[]): Block[] {
  const blocks: Block[] = []
  let pending = false
  for (const item of items) {
    if (isPageBreak(item)) {
      pending = true
      continue
    }
    blocks.push(pending && !item.breakBefore ? { ...item, breakBefore: true } : item)
    pending = false
  }
  return blocks
}

function withBreak(content: Content, breakBefore: boolean | undefined): Content {
  return breakBefore ? { stack: [content], pageBreak: 'before' } : content
}
