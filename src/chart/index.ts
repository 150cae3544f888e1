/*
 * Charts from the plan's own figures (issue 17): which figures a `block: chart` names
 * (collect-charts.ts), the same figures in words (describe-chart.ts), and an SVG drawn with
 * Vega-Lite at build time (draw-chart.ts). Compose writes the figures as the chart's data table;
 * the renderers embed the drawing.
 */
export { collectCharts } from './collect-charts.js'
export { describeChart } from './describe-chart.js'
export { drawCharts, type MeasureText } from './draw-chart.js'
export { chartSpec } from './chart-spec.js'
export type { ChartData, ChartDrawing, ChartSeries, ChartKind } from './types.js'
