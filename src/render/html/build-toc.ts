import { h } from 'hastscript'
import type { Element } from 'hast'
import type { TocEntry } from '../../document/index.js'

/**
 * The TOC entries (flat, in document order, with depths) as nested lists linking to the heading
 * ids. A jump of more than one level (1 → 3) nests one level, under the nearest shallower entry.
 */
export function buildTocList(entries: readonly TocEntry[]): Element | undefined {
  if (entries.length === 0) return undefined
  const root = h('ol.toc-list')
  const stack: { depth: number; list: Element; item?: Element }[] = [{ depth: Math.min(...entries.map((e) => e.depth)), list: root }]
  for (const entry of entries) {
    while (stack.length > 1 && entry.depth < stack.at(-1)!.depth) stack.pop()
    let top = stack.at(-1)!
    if (entry.depth > top.depth && top.item) {
      const list = h('ol')
      top.item.children.push(list)
      top = { depth: entry.depth, list }
      stack.push(top)
    }
    const link = h('a', { href: `#${entry.id}` }, [...(entry.number ? [h('span.num', entry.number), ' '] : []), entry.text])
    const item = h('li', [link])
    top.list.children.push(item)
    top.item = item
  }
  return root
}
