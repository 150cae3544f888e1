import type { Element, Nodes } from 'hast'
import { hyphenate } from '../hyphenate/index.js'

/** Elements whose text is code or machine-read and is kept exactly as written. */
const VERBATIM = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'textarea', 'var'])

/**
 * Puts soft hyphens (and no-break spaces in spaced abbreviations) into the text of a finished
 * content tree, as the PDF has them (src/render/hyphenate/). Done by vplan, not by the browser:
 * Chromium on Linux and Android has no hyphenation dictionaries, so `hyphens: auto` breaks
 * nothing there, and a long compound would break without a hyphen at 320 px.
 *
 * Only text nodes change: ids, links and accessible names are attributes already made from the
 * unhyphenated text. Changes the tree it is given (a tree this render made) and returns it.
 */
export function hyphenateTree<T extends Nodes>(tree: T): T {
  visit(tree)
  return tree
}

function visit(node: Nodes): void {
  if (node.type === 'text') {
    node.value = hyphenate(node.value)
    return
  }
  if (node.type !== 'root' && node.type !== 'element') return
  if (node.type === 'element' && VERBATIM.has((node as Element).tagName)) return
  for (const child of node.children) visit(child)
}
