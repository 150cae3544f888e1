import { select, selectAll } from 'hast-util-select'
import type { Element } from 'hast'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseDocument } from '../../../src/document/index.js'
import type { Meta } from '../../../src/model/index.js'
import { renderHtml } from '../../../src/render/html/index.js'
import { buildSeedPlan } from '../../support/build-seed.js'
import { css, knivstaLayout, meta, page, parseFragment, parsePage, sample, visibleText } from './helpers.js'

const attr = (element: Element | undefined, name: string) => element?.properties[name]
const factsOf = (tree: Parameters<typeof selectAll>[1]) =>
  selectAll('dl.doc-facts > div, dl.vplan-doc-facts > div', tree).map((row) => [visibleText(select('dt', row)!), visibleText(select('dd', row)!)])

const particulars: Partial<Meta> = {
  registrationNumber: 'SN 2023/123',
  decision: { body: 'Socialnämnden', date: '2023-12-04', paragraph: 123 },
  validity: '2024-2026',
  owner: 'Socialchef <b>Anna</b> & co',
}

function renderWith(overrides: Partial<Meta>, options: { fragment?: boolean; pdf?: { file: string; bytes: number } } = {}) {
  const doc = parseDocument(sample, { ...meta, ...overrides }, knivstaLayout)
  return renderHtml(doc, { css, page, ...options }).html
}

describe('the particulars in the HTML', () => {
  test('are a definition list in the header, with Swedish labels, values as text', () => {
    const tree = parsePage(renderWith(particulars))
    expect(select('body > header > dl.doc-facts', tree)).toBeDefined()
    expect(factsOf(tree)).toEqual([
      ['Diarienummer', 'SN 2023/123'],
      ['Beslutad av', 'Socialnämnden, 4 december 2023, § 123'],
      ['Giltighetstid', '2024–2026'],
      ['Dokumentägare', 'Socialchef <b>Anna</b> & co'],
    ])
  })

  test('are in the CMS fragment too', () => {
    expect(factsOf(parseFragment(renderWith(particulars, { fragment: true })))).toHaveLength(4)
  })

  test('are left out when the plan states none', () => {
    expect(select('dl', parsePage(renderWith({})))).toBeUndefined()
  })

  test('the footer gives the date as stated, in Swedish, or no date at all', () => {
    const month = select('footer time', parsePage(renderWith({ date: '2023-12' })))
    expect([attr(month, 'dateTime'), visibleText(month!)]).toEqual(['2023-12', 'december 2023'])
    const none = parsePage(renderWith({ date: undefined }))
    expect(select('footer time', none)).toBeUndefined()
    expect(visibleText(select('footer', none)!)).toBe('Socialnämnden, Knivsta kommun')
  })

  test('the download link says what it gives and how large it is', () => {
    const link = select('a[type="application/pdf"]', parsePage(renderWith({}, { pdf: { file: 'plan 2024.pdf', bytes: 298_329 } })))
    expect([attr(link, 'href'), visibleText(link!)]).toEqual(['plan%202024.pdf', 'Ladda ned som PDF (298 kB)'])
    expect(renderWith({}, { pdf: { file: 'p.pdf', bytes: 1_234_567 } })).toContain('Ladda ned som PDF (1,2 MB)')
    // A fragment lives at the CMS's address, where the relative link would lead nowhere.
    expect(renderWith({}, { fragment: true, pdf: { file: 'p.pdf', bytes: 1 } })).not.toContain('Ladda ned')
  })
})

/** What a reader of each published page finds in its head and header (HTML built alone: no PDF, no link). */
const SEEDS = [
  {
    id: 'knivsta-sn-2024',
    title: 'Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun',
    description: 'Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun. Antagen av Socialnämnden i december 2023, för helår 2024.',
    header: 'Knivsta kommun Verksamhetsplan 2024 för Socialnämnden Socialnämnden Antagen av Socialnämnden i december 2023, för helår 2024 ' +
      'Beslutad av Socialnämnden, december 2023 Giltighetstid 2024',
    facts: [['Beslutad av', 'Socialnämnden, december 2023'], ['Giltighetstid', '2024']],
    footer: 'Socialnämnden, Knivsta kommun Dokumentets datum: december 2023',
    kolada: ['U21468', 'U23471', 'N31814'],
  },
  {
    id: 'danderyd-sn-2024',
    title: 'Nämndens verksamhetsplan 2024 – Socialnämnden, Danderyds kommun',
    description: 'Nämndens verksamhetsplan 2024 – Socialnämnden, Danderyds kommun.',
    header: 'Danderyds kommun Nämndens verksamhetsplan 2024 Socialnämnden',
    facts: [],
    footer: 'Socialnämnden, Danderyds kommun',
    kolada: [],
  },
]

describe.each(SEEDS)('the published page of $id', { timeout: 60_000 }, (seed) => {
  let tree: ReturnType<typeof parsePage>
  beforeAll(async () => {
    const built = await buildSeedPlan(seed.id, ['html'])
    expect(built.diagnostics).toEqual([])
    tree = parsePage(built.outputs.html as string)
  })

  test('its <title> names the board and the municipality, and it has a description', () => {
    expect(visibleText(select('title', tree)!)).toBe(seed.title)
    expect(attr(select('meta[name=description]', tree), 'content')).toBe(seed.description)
  })

  test('its header states the board once and the particulars the plan states; its footer the stated date', () => {
    expect(visibleText(select('body > header', tree)!)).toBe(seed.header)
    expect(factsOf(tree)).toEqual(seed.facts)
    expect(visibleText(select('body > footer', tree)!)).toBe(seed.footer)
  })

  test('has no download link when the build makes no PDF', () => {
    expect(selectAll('a[href$=".pdf"]', tree)).toEqual([])
  })

  test('links every Kolada id to the indicator in Kolada', () => {
    const links = selectAll('a[href^="https://www.kolada.se/"]', tree)
    expect(links.map((a) => [visibleText(a), attr(a, 'href')])).toEqual(
      seed.kolada.map((id) => [id, `https://www.kolada.se/verktyg/fri-sokning/?kpis=${id}`]),
    )
  })
})
