import { beforeAll, describe, expect, test } from 'vitest'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { composedPlan } from './real-plans.js'
import { readPdf, type ReadPdf } from './read-pdf.js'
import { elementsOf, readTaggedPdf, type ReadElement, type TaggedPage } from './read-structure.js'

/** What each seed's cover states, and only that: the seeds are the ground truth (seeds/*.txt). */
const SEEDS = [
  {
    dir: 'plans/knivsta-sn-2024',
    cover: 'Knivsta kommun 2024 Verksamhetsplan 2024 för Socialnämnden Socialnämnden Antagen av Socialnämnden i december 2023, för helår 2024 ' +
      'Beslutad av Socialnämnden, december 2023 Giltighetstid 2024 Socialnämnden, Knivsta kommun december 2023',
    facts: [['Beslutad av', 'Socialnämnden, december 2023'], ['Giltighetstid', '2024']],
    title: 'Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun',
    date: 'D:202312',
    kolada: ['U21468', 'U23471', 'N31814'],
  },
  {
    dir: 'plans/danderyd-sn-2024',
    cover: 'Danderyds kommun 2024 Nämndens verksamhetsplan 2024 Socialnämnden Socialnämnden, Danderyds kommun',
    facts: [],
    title: 'Nämndens verksamhetsplan 2024 – Socialnämnden, Danderyds kommun',
    date: undefined,
    kolada: [],
  },
]

describe.each(SEEDS)('the cover of $dir', { timeout: 120_000 }, (seed) => {
  let pdf: ReadPdf
  let tagged: TaggedPage[]
  let xmp: string
  beforeAll(async () => {
    const { doc, style } = await composedPlan(seed.dir)
    const { bytes } = await renderPdf(doc, { style })
    pdf = await readPdf(bytes)
    tagged = await readTaggedPdf(bytes)
    const text = Buffer.from(bytes).toString('utf8')
    xmp = text.slice(text.indexOf('<x:xmpmeta'), text.indexOf('</x:xmpmeta>'))
  }, 120_000)

  test('says what the plan states and nothing more: no invented day, one name for the board', () => {
    expect(pdf.pages[0]!.allText).toBe(seed.cover)
    expect(pdf.pages[0]!.allText).not.toMatch(/\d+ december 2023/)
    expect(pdf.pages[0]!.allText).not.toMatch(/Socialnämnd(?!en)/)
  })

  test('its particulars are a tagged list: each an item of label (Lbl) and value (LBody)', () => {
    const cover = elementsOf(tagged[0]!)
    const items = cover.filter((element) => element.role === 'LI')
    expect(items.map((item) => item.children.map((child: ReadElement) => [child.role, child.text]))).toEqual(
      seed.facts.map(([label, value]) => [['Lbl', label], ['LBody', value]]),
    )
    expect(cover.filter((element) => element.role === 'L')).toHaveLength(seed.facts.length > 0 ? 1 : 0)
  })

  test('the PDF is titled with the board and the municipality, in the info dictionary and in XMP dc:title', () => {
    expect(pdf.info.Title).toBe(seed.title)
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${seed.title}</rdf:li></rdf:Alt></dc:title>`)
  })

  test('its creation date is the date the plan states, or none', () => {
    expect(pdf.info.CreationDate).toBe(seed.date)
    expect(pdf.info.ModDate).toBe(seed.date)
  })

  test('Kolada ids are tagged links', () => {
    const links = tagged.flatMap(elementsOf).filter((element) => element.role === 'Link' && /^[NU]\d{5}$/.test(element.text))
    expect(links.map((link) => link.text)).toEqual(seed.kolada)
  })
})
