import { formatFree, withUnit } from '../format/index.js'
import type { ChartData } from './types.js'

/**
 * The chart's figures in words, as a screen reader announces them and the PDF's /Alt holds them:
 * "Kvinnor: Utfall 2022 85 %, Utfall 2023 92 %. Män: … Mål: >88 %." Every value the chart
 * draws is named, and a missing one is said to be missing rather than skipped.
 */
export function describeChart(chart: ChartData): string {
  const single = chart.series.length === 1
  const sentences = chart.series.map((series) => {
    const figures = chart.categories.map((category, i) => {
      const value = series.values[i]
      return `${category} ${value === null || value === undefined ? 'uppgift saknas' : withUnit(formatFree(value), chart.unit)}`
    })
    return single ? `${figures.join(', ')}.` : `${series.name}: ${figures.join(', ')}.`
  })
  if (chart.target) sentences.push(`Mål: ${chart.target.text}.`)
  else if (chart.goal) sentences.push(`Mål: ${chart.goal}.`)
  return sentences.join(' ')
}
