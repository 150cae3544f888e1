import { TextKeyedCache } from '../cache/index.js'
import { CHART_WIDTH, chartHeight, chartSpec } from './chart-spec.js'
import { describeChart } from './describe-chart.js'
import type { ChartData, ChartDrawing } from './types.js'

/** Measures text in the document's font, so Vega places labels as the PDF will print them. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number

/** Drawn charts by their specification: a warm rebuild (serve, bench) draws only what changed. */
const drawn = new TextKeyedCache<string>(4_000_000)

/**
 * Draws each chart to SVG with Vega-Lite and Vega's SVG renderer (no browser, no DOM). Vega is
 * loaded on the first chart only: a plan without charts never pays for it. Vega's own text
 * measure is a rough guess without a canvas (0.8 em per letter), which would truncate labels
 * that fit; the document's font measures them instead.
 */
export async function drawCharts(charts: readonly ChartData[], measure: MeasureText): Promise<Map<string, ChartDrawing>> {
  const drawings = new Map<string, ChartDrawing>()
  for (const chart of charts) {
    const spec = JSON.stringify(chartSpec(chart))
    let svg = drawn.get(spec)
    if (svg === undefined) {
      const made = await renderSvg(spec, measure)
      svg = drawn.getOrCompute(spec, () => made)
    }
    drawings.set(chart.id, { svg, width: CHART_WIDTH, height: chartHeight(chart), label: chart.title, description: describeChart(chart) })
  }
  return drawings
}

async function renderSvg(specText: string, measure: MeasureText): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')])
  // Typed in vega-scenegraph, which vega re-exports without its types.
  const metrics = (vega as unknown as { textMetrics: { width: (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => number } }).textMetrics
  metrics.width = (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => {
    const value = text === null || text === undefined ? '' : String(text).trim()
    const weight = item.fontWeight
    return measure(value, item.fontSize ?? 11, weight === 'bold' || Number(weight) >= 500)
  }
  // Vega-Lite warns on the console about resolved legend conflicts; a build's output is its diagnostics only.
  const compiled = vegaLite.compile(JSON.parse(specText), { logger: vega.logger(vega.None) }).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error })
  try {
    return tidySvg(await view.toSVG())
  } finally {
    view.finalize()
  }
}

/**
 * Vega's SVG carries class names and ARIA roles for its own renderer, helper paths that draw
 * nothing (a path with only its outline, inside groups that fill none) and `opacity="1"`; and the
 * page makes the whole drawing one image (role="img") with its own name and description.
 * Removing them keeps the page smaller and the PDF's SVG renderer, which pays per element and
 * attribute, quicker.
 */
function tidySvg(svg: string): string {
  let tidy = svg
    .replace(/ (?:class|role|aria-roledescription|aria-hidden|pointer-events)="[^"]*"/g, '')
    .replace(/ opacity="1"/g, '')
    .replace(/<path d="[^"]*"(?: display="none")?\/>/g, '')
  // Groups left empty, innermost first.
  for (let before = ''; before !== tidy; ) {
    before = tidy
    tidy = tidy.replace(/<g(?: transform="[^"]*")?><\/g>/g, '')
  }
  return tidy
}
