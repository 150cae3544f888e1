import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Root } from 'mdast'
import type { Layout, TocEntry } from './types.js'

/**
 * Gives every heading a unique slug, its outline number ("4.1.1") when the template numbers
 * that depth, and a place in the TOC. A heading deeper than numberDepth resets nothing: the
 * counters below it only restart when a numbered heading above it comes.
 */
export function numberHeadings(tree: Root, layout: Layout): TocEntry[] {
  const slugger = new GithubSlugger()
  const counters: number[] = []
  const toc: TocEntry[] = []
  visit(tree, 'heading', (heading) => {
    const text = toString(heading).trim()
    const data = (heading.data ??= {})
    if (heading.depth <= layout.numberDepth) {
      counters.length = heading.depth
      for (let i = 0; i < heading.depth; i++) counters[i] ??= 0
      counters[heading.depth - 1] = (counters[heading.depth - 1] ?? 0) + 1
      data.number = counters.map((n) => n || 1).join('.')
    }
    data.id = slugger.slug(data.number ? `${data.number} ${text}` : text)
    data.toc = heading.depth <= layout.tocDepth
    if (data.toc) toc.push({ depth: heading.depth, level: data.level ?? 1, number: data.number, text, id: data.id })
  })
  return toc
}
