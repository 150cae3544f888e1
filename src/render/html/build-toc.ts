import { h } from 'hastscript'
import type { Element } from 'hast'
import type { TocEntry } from '../../document/index.js'
import { hyphenate } from '../hyphenate/index.js'

/**
 * The TOC entries (flat, in document order, with outline levels) as nested lists linking to the
 * heading ids: an entry nests under the entry one level up, as its heading does. Titles are
 * hyphenated as the headings are, so a long compound breaks with a hyphen in a narrow column.
 */
export function buildTocList(entries: readonly TocEntry[]): Element | undefined {
  if (entries.length === 0) return undefined
  const root = h('ol.toc-list')
  const stack: { level: number; list: Element; item?: Element }[] = [{ level: Math.min(...entries.map((e) => e.level)), list: root }]
  for (const entry of entries) {
    while (stack.length > 1 && entry.level < stack.at(-1)!.level) stack.pop()
    let top = stack.at(-1)!
    if (entry.level > top.level && top.item) {
      const list = h('ol')
      top.item.children.push(list)
      top = { level: entry.level, list }
      stack.push(top)
    }
    const link = h('a', { href: `#${entry.id}` }, [...(entry.number ? [h('span.num', entry.number), ' '] : []), hyphenate(entry.text)])
    const item = h('li', [link])
    top.list.children.push(item)
    top.item = item
  }
  return root
}
