import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectCharts, drawCharts } from '../../../src/chart/index.js'
import { composeDocument } from '../../../src/compose/index.js'
import { derivePlan } from '../../../src/derive/index.js'
import { parseDocument } from '../../../src/document/index.js'
import { loadPlan, loadTemplateSet } from '../../../src/load/index.js'
import type { Plan } from '../../../src/model/index.js'
import { renderHtml } from '../../../src/render/html/index.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { buildChartPlan, CHART_PLAN } from '../../support/chart-plan.js'
import { parseFragment, parsePage } from './helpers.js'

/** The plan's page with only these charts in its document, rendered as `vplan build` does. */
async function pageWith(plan: Plan, fragment = false): Promise<string> {
  const templates = await loadTemplateSet(plan.meta.template)
  const { charts } = collectCharts(plan)
  const composed = composeDocument({ plan, narratives: new Map(), derived: derivePlan(plan).derived, charts, templates, composedFile: 'out.md' })
  const doc = { ...parseDocument(composed.markdown, plan.meta, templates.layout), charts: await drawCharts(charts, loadFonts().measure) }
  return renderHtml(doc, { css: templates.css, figureCss: templates.figureCss, page: templates.page, fragment }).html
}

describe('charts in the HTML', () => {
  let html: string
  let plan: Plan
  beforeAll(async () => {
    const built = await buildChartPlan(['html'])
    html = built.outputs.html as string
    plan = (await loadPlan(CHART_PLAN)).plan
  }, 60_000)

  it('puts each chart in a figure: its title as caption, the SVG as an image with name and description, the figures in a table', () => {
    const figures = selectAll('main figure.chart', parsePage(html))
    expect(figures).toHaveLength(10)
    const first = figures[0]!
    expect(toString(select('figcaption', first)!).replace(/\u00ad/g, '')).toBe('Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)')
    const svg = select('svg', first)!
    expect(svg.properties).toMatchObject({ role: 'img', ariaLabelledBy: ['diagram-brukarbedomning-hemtjanst-namn'], ariaDescribedBy: ['diagram-brukarbedomning-hemtjanst-beskrivning'] })
    expect(toString(select('title', svg)!)).toBe('Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)')
    expect(toString(select('desc', svg)!)).toMatch(/^Totalt: Utfall 2021 uppgift saknas, Utfall 2022 85\u00a0%/)
    expect(toString(select('p.chart-note', first)!)).toBe('Källa: Kolada (U21468). K = kvinnor, M = män.')
    expect(toString(select('details > summary', first)!)).toBe('Visa diagrammets siffror som tabell')
    const headers = selectAll('details table thead th', first).map((th) => toString(th))
    expect(headers).toEqual(['År', 'Totalt', 'Kvinnor', 'Män'])
  })

  it('stays self-contained: no script, no event handler, no reference out of the page', () => {
    const figures = html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? []
    expect(figures).toHaveLength(10)
    for (const figure of figures) expect(figure).not.toMatch(/<script|\son[a-z]+=|<a\s|href=|url\(|<image|<foreignObject/i)
  })

  it('writes a hostile title and caption as text, in the figure and inside the drawing', async () => {
    const hostile = '<script>alert(1)</script> A | B & "C"'
    const page = await pageWith({ ...plan, document: [{ block: 'chart', of: 'operatingBudget', title: hostile, caption: '<img src=x onerror=alert(1)>' }] })
    const figure = select('main figure.chart', parsePage(page))!
    expect(selectAll('script, img, [onerror]', figure)).toEqual([])
    expect(toString(select('figcaption', figure)!).replace(/\u00ad/g, '')).toBe(hostile)
    expect(toString(select('svg title', figure)!)).toBe(hostile)
    expect(toString(select('p.chart-note', figure)!)).toBe('<img src=x onerror=alert(1)>')
  })

  it('keeps the drawing’s ids and references unique to the fragment too', async () => {
    const fragment = parseFragment(await pageWith({ ...plan, document: [{ block: 'chart', of: 'nka-ifo', title: 'Nettokostnadsavvikelse IFO' }] }, true))
    const svg = select('svg', fragment)!
    expect(svg.properties.ariaLabelledBy).toEqual(['vplan-diagram-nka-ifo-namn'])
    expect(select('svg title', fragment)!.properties.id).toBe('vplan-diagram-nka-ifo-namn')
  })
})
