import type { Node } from 'mdast'
import type { RenderContext } from './context.js'

/**
 * Reports a node the PDF cannot show (raw HTML, or a kind no converter knows) and gives nothing
 * to lay out: block and inline converters end the same way.
 */
export function leftOut(node: Node, ctx: RenderContext): [] {
  if (node.type === 'html') ctx.report(node, 'raw-html', 'raw HTML is not rendered in the PDF; it was left out')
  else ctx.report(node, 'pdf-unsupported', `"${node.type}" is not supported in the PDF; it was left out`)
  return []
}
