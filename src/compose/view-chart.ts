import type { ChartData } from '../chart/index.js'
import { formatFree } from '../format/index.js'
import { escapeAttribute as attr, escapeMarkdown as md } from './escape-markdown.js'

/**
 * A chart as the template writes it: the `:::chart` directive's attributes and its figures as a
 * table (categories down, series across), the same figures the drawing shows. A missing value
 * is an empty cell, which both renderers show as missing.
 */
export function viewChart(chart: ChartData) {
  return {
    id: chart.id,
    kind: chart.kind,
    title: md(chart.title),
    titleAttr: attr(chart.title),
    captionAttr: chart.caption === undefined ? undefined : attr(chart.caption),
    categoryHeader: md(chart.categoryHeader),
    series: chart.series.map((series) => md(chart.series.length === 1 && chart.unit ? `${series.name} (${chart.unit})` : series.name)),
    rows: chart.categories.map((category, c) => ({
      category: md(category),
      cells: chart.series.map((series) => {
        const value = series.values[c]
        return value === null || value === undefined ? '' : formatFree(value)
      }),
    })),
  }
}
