import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * Gives every heading its outline level from the document's nesting: a chapter is level 1, a
 * heading one below the nearest shallower heading above it, siblings equal, no level skipped.
 * Markdown depth says how an author marks a heading; it need not step by one (Knivsta writes its
 * sub-headings as `####` right under a chapter), so the level is what screen readers, the HTML
 * headings, the PDF outline and the PDF tags use. Depth still decides the look.
 */
export function levelHeadings(tree: Root): void {
  const open: { depth: number; level: number }[] = []
  visit(tree, 'heading', (heading) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= heading.depth) open.pop()
    const level = (open[open.length - 1]?.level ?? 0) + 1
    open.push({ depth: heading.depth, level })
    ;(heading.data ??= {}).level = level
  })
}
