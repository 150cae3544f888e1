import { toHast } from 'mdast-util-to-hast'
import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import type { Handlers, State } from 'mdast-util-to-hast'
import { createHeadingHandler } from './handle-heading.js'
import { handleContainerDirective, handleLeafDirective, handleTextDirective } from './handle-directive.js'
import { createUntrustedHandlers } from './handle-untrusted.js'
import { createImageHandlers } from './handle-image.js'
import { renderTable } from './render-table.js'
import type { RenderContext } from './render-context.js'

/** mdast → hast with vplan's handlers. Reads the tree; never changes it (the PDF renderer shares it). */
export function mdastToHast(tree: Root, context: RenderContext): HastRoot {
  const handlers: Handlers = {
    ...createUntrustedHandlers(context.report),
    ...createImageHandlers(context),
    heading: createHeadingHandler(context),
    table: (state: State, node) => renderTable(state, node, {}, context),
    containerDirective: (state: State, node) => handleContainerDirective(state, node, context),
    leafDirective: (state: State, node) => handleLeafDirective(state, node, context),
    textDirective: (state: State, node) => handleTextDirective(state, node, context),
  }
  const result = toHast(tree, {
    handlers,
    allowDangerousHtml: false,
    footnoteLabel: 'Fotnoter',
    footnoteBackLabel: (index, rereference) => `Tillbaka till hänvisning ${index + 1}${rereference > 1 ? `-${rereference}` : ''}`,
  })
  return result.type === 'root' ? result : { type: 'root', children: [result as HastRoot['children'][number]] }
}
