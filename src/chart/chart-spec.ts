import { formatFree } from '../format/index.js'
import { AXIS_COLOUR, GRID_COLOUR, TARGET_COLOUR, seriesStyle } from './palette.js'
import type { ChartData } from './types.js'

/** The drawing's size in CSS pixels; the PDF scales it to the text width. */
export const CHART_WIDTH = 560
const PLOT_HEIGHT = 210
const ROW_HEIGHT = 26
export const FONT_FAMILY = 'Roboto'
const FONT_SIZE = 11

/** d3-format's locale for the axes, as src/format/ prints figures: "1 456", "−12", "8,5". */
const SV_NUMBERS = { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], minus: '\u2212' }

type Spec = Record<string, unknown>

/** The chart's height in CSS pixels: fixed for years along the x axis, by the rows for bars across. */
export function chartHeight(chart: ChartData): number {
  if (chart.orientation === 'vertical') return PLOT_HEIGHT + (chart.series.length > 1 ? 70 : 46)
  return chart.categories.length * ROW_HEIGHT * Math.max(1, chart.series.length) + 50
}

/**
 * A Vega-Lite specification for the chart: the plan's figures as data, sv-SE numbers, the
 * document's font, the palette's colours with a marker and a dash per series, value labels where
 * they can be read without overlapping, and missing values as gaps (never as zero).
 */
export function chartSpec(chart: ChartData): Spec {
  const single = chart.series.length === 1
  const values = chart.series.flatMap((series, s) =>
    chart.categories.map((category, c) => ({ category, c, series: series.name, s, value: series.values[c] ?? null, label: labelOf(series.values[c]) })),
  )
  const styles = chart.series.map((series) => seriesStyle(series.name, single))
  const seriesScale = { domain: chart.series.map((series) => series.name) }
  const legend = single ? null : { orient: 'bottom', title: null, direction: 'horizontal', labelFontSize: FONT_SIZE, symbolSize: 80, symbolStrokeWidth: 2 }
  const colour = { field: 'series', type: 'nominal', scale: { ...seriesScale, range: styles.map((style) => style.colour) }, legend }
  const layers = chart.kind === 'line' ? lineLayers(chart, single, colour, styles) : barLayers(chart, single, colour)
  if (chart.target) layers.push(...targetLayers(chart))
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_WIDTH,
    height: chartHeight(chart),
    autosize: { type: 'fit', contains: 'padding' },
    padding: { top: 12, right: 16, bottom: 4, left: 4 },
    background: '#ffffff',
    data: { values },
    config: {
      aria: false,
      font: FONT_FAMILY,
      locale: { number: SV_NUMBERS },
      view: { stroke: null },
      axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, titleFontWeight: 'normal', labelColor: AXIS_COLOUR, titleColor: AXIS_COLOUR, domainColor: AXIS_COLOUR, tickColor: AXIS_COLOUR, gridColor: GRID_COLOUR, labelLimit: 320 },
      legend: { labelColor: AXIS_COLOUR, labelLimit: 320 },
      text: { fontSize: FONT_SIZE, color: AXIS_COLOUR },
      mark: { invalid: 'break-paths-show-path-domains' },
    },
    layer: layers,
  }
}

/** The value axis: its unit written level above it ("%", "tkr"), not turned on its side. */
function valueAxis(horizontal: boolean): Spec {
  const axis: Spec = { format: ',~f', tickCount: 5 }
  if (!horizontal) Object.assign(axis, { titleAngle: 0, titleAlign: 'left', titleAnchor: 'end', titleBaseline: 'bottom', titleX: 0, titleY: -8 })
  return axis
}

function lineLayers(chart: ChartData, single: boolean, colour: Spec, styles: readonly { shape: string; dash: readonly number[] }[]): Spec[] {
  const x = { field: 'category', type: 'ordinal', sort: chart.categories, axis: { labelAngle: 0, title: null, labelPadding: 6 }, scale: { padding: 0.4 } }
  // Not from zero: a line shows change, and a share from 85 to 94 % would be a flat line from 0. The padding keeps points off the axis.
  const y = { field: 'value', type: 'quantitative', title: chart.valueTitle || null, axis: valueAxis(false), scale: { zero: false, nice: true, padding: 14 } }
  const seriesScale = { domain: chart.series.map((series) => series.name) }
  const encoding: Spec = { x, y, color: colour }
  if (!single) {
    encoding.shape = { field: 'series', type: 'nominal', scale: { ...seriesScale, range: styles.map((style) => style.shape) }, legend: null }
    encoding.strokeDash = { field: 'series', type: 'nominal', scale: { ...seriesScale, range: styles.map((style) => style.dash) }, legend: null }
  }
  const layers: Spec[] = [{ mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 64 } }, encoding }]
  // One series: every point labelled with its figure. Several: the legend names them, the table beside gives the figures.
  if (single) layers.push({ transform: [{ filter: 'datum.value !== null' }], mark: { type: 'text', dy: -12, fontWeight: 500 }, encoding: { x, y, text: { field: 'label' } } })
  return layers
}

function barLayers(chart: ChartData, single: boolean, colour: Spec): Spec[] {
  const named = !single && chart.orientation === 'vertical'
  const categories = { field: 'category', type: 'nominal', sort: chart.categories, axis: { labelAngle: 0, title: null, labelPadding: named ? 22 : 6, ticks: false }, scale: { paddingInner: 0.3 } }
  const horizontal = chart.orientation === 'horizontal'
  const values = { field: 'value', type: 'quantitative', title: chart.valueTitle || null, axis: valueAxis(horizontal), scale: { zero: true, nice: true } }
  const [along, across] = horizontal ? ['y', 'x'] : ['x', 'y']
  const offset = single ? {} : { [`${along}Offset`]: { field: 'series', sort: chart.series.map((series) => series.name), scale: { paddingInner: 0.15 } } }
  const base = { [along]: categories, [across]: values, ...offset }
  const label = (filter: string, at: string, mark: Spec): Spec => ({
    transform: [{ filter }, { calculate: at, as: 'labelAt' }],
    mark: { type: 'text', ...mark },
    encoding: { ...base, [across]: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label' } },
  })
  // Across, a negative bar's figure stands right of zero: on its left it would run into the row labels.
  const labels = horizontal
    ? [label('datum.value !== null', 'max(datum.value, 0)', { align: 'left', dx: 4 })]
    : [label('datum.value >= 0', 'datum.value', { baseline: 'bottom', dy: -3 }), label('datum.value < 0', 'datum.value', { baseline: 'top', dy: 3 })]
  // A missing figure is shown as missing, a dash where its bar would start, never as a bar of zero.
  const missing: Spec = {
    transform: [{ filter: 'datum.value === null' }, { calculate: '0', as: 'zero' }],
    mark: { type: 'text', text: '–', ...(horizontal ? { align: 'left', dx: 4 } : { baseline: 'bottom', dy: -3 }) },
    encoding: { ...base, [across]: { field: 'zero', type: 'quantitative' } },
  }
  const bars: Spec = { mark: { type: 'bar' }, encoding: { ...base, color: single ? colour : { ...colour, legend: null } } }
  if (single || horizontal) return [bars, ...labels, missing]
  // Several series side by side: each bar named under it, the year under those, so no bar is known by its colour alone.
  const names: Spec = {
    transform: [{ calculate: '0', as: 'zero' }],
    mark: { type: 'text', baseline: 'top', dy: 5, fontSize: 10 },
    encoding: { ...base, [across]: { field: 'zero', type: 'quantitative' }, text: { field: 'series' } },
  }
  return [bars, ...labels, missing, names]
}

function targetLayers(chart: ChartData): Spec[] {
  const target = chart.target!
  const y = { datum: target.value, type: 'quantitative' }
  return [
    { mark: { type: 'rule', color: TARGET_COLOUR, strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { y } },
    { mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: TARGET_COLOUR, x: { expr: 'width' }, text: `Mål ${target.text}` }, encoding: { y } },
  ]
}

function labelOf(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatFree(value)
}
