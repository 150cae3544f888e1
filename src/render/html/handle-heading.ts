import { h } from 'hastscript'
import type { Element } from 'hast'
import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { State } from 'mdast-util-to-hast'
import type { RenderContext } from './render-context.js'

/**
 * Headings for one render. The page title is the one `<h1>`, so a heading's outline level
 * (`data.level`, from the document's nesting: chapters 1, siblings equal, no gaps) is one
 * below it: a chapter is an `<h2>`. Knivsta's `####` sub-headings right under a chapter are
 * therefore all `<h3>`, as the heading list of a screen reader should show them. The Markdown
 * depth stays visible as a class, so the look is the author's. The outline number stands in its
 * own span; the real space after it keeps the copied or read-aloud text "4.1 Rubrik". Tables
 * below remember the heading, to be named by it.
 */
export function createHeadingHandler(context: RenderContext): (state: State, node: Heading) => Element {
  return (state, node) => {
    context.heading = { id: node.data?.id, text: toString(node).trim() }
    const level = Math.min((node.data?.level ?? node.depth) + 1, 6)
    const number = node.data?.number
    const children = [...(number ? [h('span.num', number), { type: 'text' as const, value: ' ' }] : []), ...state.all(node)]
    const element = h(`h${level}`, { id: node.data?.id, className: [`depth-${node.depth}`] }, children)
    state.patch(node, element)
    return element
  }
}
