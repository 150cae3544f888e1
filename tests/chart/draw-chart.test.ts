import { readFileSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectCharts, drawCharts, type ChartData } from '../../src/chart/index.js'
import { loadPlan } from '../../src/load/index.js'
import type { ChartDrawing } from '../../src/model/index.js'
import { loadFonts } from '../../src/render/pdf/fonts.js'
import { CHART_PLAN } from '../support/chart-plan.js'

/*
 * The SVG Vega draws from a plan's figures: its labels, series and values, sv-SE numbers, and the
 * same bytes every time. The expected drawings are tests/fixtures/charts/expected/*.svg (UPDATE=1
 * regenerates them; read them in the diff: they are the charts as they will be printed).
 */
const EXPECTED = 'tests/fixtures/charts/expected'
let indicator: ChartDrawing
let budget: ChartDrawing
let multiYear: ChartDrawing

/** The text the drawing prints, in order: what a reader of the chart sees. */
const textOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&#x2212;/g, '−'))

beforeAll(async () => {
  const charts = collectCharts((await loadPlan(CHART_PLAN)).plan).charts
  const danderyd = (await loadPlan('plans/danderyd-sn-2024')).plan
  const years = collectCharts({ ...danderyd, document: [{ block: 'chart', of: 'multiYearBudget', title: 'Nettokostnader 2022–2026 (mnkr)' }] }).charts
  const all: ChartData[] = [charts[0]!, charts[3]!, years[0]!]
  const drawn = await drawCharts(all, loadFonts().measure)
  ;[indicator, budget, multiYear] = all.map((chart) => drawn.get(chart.id)!) as [ChartDrawing, ChartDrawing, ChartDrawing]
}, 60_000)

describe('a chart drawn as SVG', () => {
  it('shows an indicator’s years, its series in the legend and its value axis in sv-SE figures', () => {
    const text = textOf(indicator.svg)
    expect(text).toEqual(expect.arrayContaining(['Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Totalt', 'Kvinnor', 'Män', '%', '96', '84']))
    expect(indicator.svg).toMatch(/font-family="Roboto/)
    expect(indicator).toMatchObject({ width: 560, label: 'Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)' })
  })

  it('shows a budget’s rows with each bar’s figure, thousands grouped and minus signed as the tables print them', () => {
    const text = textOf(budget.svg)
    expect(text).toEqual(expect.arrayContaining(['Nämnd- och styrelseverksamhet', 'Vård och omsorg enligt SoL och HSL', '164\u00a0950', '−1\u00a0952', '150\u00a0000', 'tkr']))
  })

  it('shows the multi-year budget’s years with their net costs, decimals with a comma', () => {
    const text = textOf(multiYear.svg)
    expect(text).toEqual(expect.arrayContaining(['Budget 2022', 'Plan 2026', '671,2', '749,5', '801,4', 'mnkr']))
    expect(multiYear.description).toBe('Budget 2022 671,2\u00a0mnkr, Budget 2023 713,7\u00a0mnkr, Budget 2024 749,5\u00a0mnkr, Plan 2025 777,5\u00a0mnkr, Plan 2026 801,4\u00a0mnkr.')
  })

  it('carries no script, no external reference and no Vega class or role markup', () => {
    for (const { svg } of [indicator, budget, multiYear]) {
      expect(svg).not.toMatch(/<script|on[a-z]+=|href=|url\(|class=|role=/i)
    }
  })

  it('is the same bytes as the reviewed drawing, every run (UPDATE=1 rewrites them)', () => {
    for (const [name, drawing] of [['indikator', indicator], ['driftsbudget', budget], ['flerarsbudget', multiYear]] as const) {
      const file = `${EXPECTED}/${name}.svg`
      if (process.env.UPDATE) writeFileSync(file, drawing.svg)
      expect(drawing.svg, `${file} differs: review and run UPDATE=1`).toBe(readFileSync(file, 'utf8'))
    }
  })
})
