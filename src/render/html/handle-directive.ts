import { h } from 'hastscript'
import type { ElementContent } from 'hast'
import type { Table } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import type { State } from 'mdast-util-to-hast'
import { renderTable } from './render-table.js'
import { renderChartDirective } from './render-chart.js'
import type { RenderContext } from './render-context.js'

/** Containers that are only a styled block in HTML (docs/markdown.md). `keep` matters to the PDF only. */
const BLOCK_CLASS: Record<string, string> = { keep: 'keep', note: 'note', label: 'label' }

export function handleContainerDirective(state: State, node: ContainerDirective, context: RenderContext): ElementContent | undefined {
  if (node.name === 'table') return renderTableDirective(state, node, context)
  if (node.name === 'chart') return renderChartDirective(state, node, context)
  const className = BLOCK_CLASS[node.name]
  if (!className) context.report(node, 'unknown-directive', `Okänt direktiv :::${node.name}; innehållet visas utan formatering.`)
  const element = h('div', className ? { className: [className] } : {}, state.all(node))
  state.patch(node, element)
  return element
}

/** `::pagebreak` is for the PDF; a web page has no pages. */
export function handleLeafDirective(state: State, node: LeafDirective, context: RenderContext): ElementContent | undefined {
  if (node.name === 'pagebreak') return undefined
  context.report(node, 'unknown-directive', `Okänt direktiv ::${node.name}; bara dess text visas.`)
  const children = state.all(node)
  return children.length > 0 ? h('p', children) : undefined
}

/** Text directives are not parsed (docs/decisions.md); should one appear, its text is kept. */
export function handleTextDirective(state: State, node: TextDirective, context: RenderContext): ElementContent[] {
  context.report(node, 'unknown-directive', `Okänt direktiv :${node.name}; bara dess text visas.`)
  return state.all(node)
}

/** `:::table{#id caption="…"}` around one GFM table: the first table gets the id and caption. */
function renderTableDirective(state: State, node: ContainerDirective, context: RenderContext): ElementContent {
  const attributes = node.attributes ?? {}
  let labelled = false
  const children: ElementContent[] = []
  for (const child of node.children) {
    if (child.type === 'table' && !labelled) {
      labelled = true
      children.push(renderTable(state, child as Table, { id: attributes.id ?? undefined, caption: attributes.caption ?? undefined, note: attributes.note ?? undefined }, context))
    } else {
      const result = state.one(child, node)
      if (Array.isArray(result)) children.push(...result)
      else if (result) children.push(result)
    }
  }
  if (!labelled) context.report(node, 'empty-table', ':::table innehåller ingen tabell.')
  return children.length === 1 ? children[0]! : h('div', children)
}
