import type { Element, ElementContent, Root } from 'hast'
import { h, s } from 'hastscript'
import type { Table } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import type { ChartDrawing } from '../../model/index.js'
import { renderTable } from './render-table.js'
import type { RenderContext } from './render-context.js'
import { TextKeyedCache } from '../../cache/index.js'
import { svgToHast } from './svg-to-hast.js'

const DRAWING_CLASS = 'chart-drawing'
/** The summary of the chart's data table: what opening it gives. */
export const DATA_SUMMARY = 'Visa diagrammets siffror som tabell'

/**
 * `:::chart{#id title caption}` around its data table: a `<figure>` with the title as its
 * caption, a place for the drawing (filled after sanitising, see insertCharts), the optional
 * caption, and the figures as a table in a `<details>`, so a reader can always have the numbers.
 */
export function renderChartDirective(state: State, node: ContainerDirective, context: RenderContext): ElementContent {
  const attributes = node.attributes ?? {}
  const title = node.data?.caption ?? attributes.title ?? ''
  const id = context.ids.claim(attributes.id ?? 'diagram')
  const table = node.children.find((child) => child.type === 'table') as Table | undefined
  const drawing = attributes.id ? context.charts.get(attributes.id) : undefined
  if (!drawing) context.report(node, 'chart', `Diagrammet "${attributes.title ?? ''}" ritades inte; dess siffror visas som tabell.`)
  // By the id the page gives the figure, which differs from the directive's when that was taken.
  else context.chartsOnPage.set(id, drawing)
  const children: ElementContent[] = [h('figcaption', title)]
  if (drawing) children.push(h(`div.${DRAWING_CLASS}`, { id: context.ids.claim(`${id}-ritning`) }))
  if (attributes.caption) children.push(h('p.chart-note', attributes.caption))
  if (table) {
    const rendered = renderTable(state, table, { id: `${id}-siffror`, caption: attributes.title ?? undefined }, context)
    children.push(drawing ? h('details', [h('summary', DATA_SUMMARY), rendered]) : rendered)
  }
  const element = h('figure.chart', { id }, children)
  state.patch(node, element)
  return element
}

/**
 * Puts each chart's SVG into its place, after the content has been sanitised (the sanitiser
 * would drop an `<svg>`, rightly, for anything from a plan's text). The drawing is an image
 * to assistive technology: named by the chart's title, described by its figures in words.
 */
export function insertCharts(tree: Root, charts: ReadonlyMap<string, ChartDrawing>): void {
  if (charts.size === 0) return
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'figure' || !hasClass(node, 'chart')) return
    const id = String(node.properties.id ?? '')
    const drawing = charts.get(id)
    const place = node.children.find((child): child is Element => child.type === 'element' && hasClass(child, DRAWING_CLASS))
    if (!drawing || !place) return 'skip'
    place.children = [accessibleSvg(drawing, id)]
    // Below its smallest readable width the drawing scrolls in its own box, reachable by keyboard like a wide table's.
    place.properties = { ...place.properties, role: 'region', tabIndex: 0, ariaLabel: `Diagram: ${drawing.label}` }
    return 'skip'
  })
}

/** Each drawing read into hast once: a warm rebuild (serve) copies it instead of parsing it again. */
const parsedDrawings = new TextKeyedCache<Element>(4_000_000)

function accessibleSvg(drawing: ChartDrawing, id: string): Element {
  // A copy: the page gives it ids, and a fragment then prefixes them, in place.
  const svg = structuredClone(parsedDrawings.getOrCompute(drawing.svg, svgToHast))
  const titleId = `${id}-namn`
  const descriptionId = `${id}-beskrivning`
  svg.properties = { ...svg.properties, role: 'img', ariaLabelledBy: [titleId], ariaDescribedBy: [descriptionId], focusable: 'false' }
  svg.children.unshift(s('title', { id: titleId }, drawing.label), s('desc', { id: descriptionId }, drawing.description))
  return svg
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className
  return Array.isArray(className) && className.includes(name)
}
