import { beforeAll, describe, expect, test } from 'vitest'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { composedPlan } from './real-plans.js'
import { normalise, readPdf, type ReadPdf } from './read-pdf.js'
import { elementsOf, readTaggedPdf, type ReadElement, type TaggedPage } from './read-structure.js'

/* The council budget fixture's goal overview in the PDF: what is drawn where, and how it is tagged. */
const FIXTURE = 'tests/fixtures/compose/kf-budget/plan'
let bytes: Uint8Array
let text: ReadPdf
let tagged: TaggedPage[]

beforeAll(async () => {
  const { doc, style } = await composedPlan(FIXTURE)
  bytes = (await renderPdf(doc, { style })).bytes
  text = await readPdf(bytes)
  tagged = await readTaggedPdf(bytes)
}, 120_000)

const words = (value: string) => normalise(value.replaceAll('\u00ad', ''))
/** Text without any white space: a word hyphenated at a line end reads back with a space in it. */
const squash = (value: string) => value.replace(/[\s\u00ad]+/g, '')

/** The overview's rows on each page, as TR elements: the cells' roles and texts. */
function overviewRows(): { page: number; cells: { role: string; text: string }[] }[] {
  const trs = (table: ReadElement) => elementsOf({ tree: [table] } as TaggedPage).filter((element) => element.role === 'TR')
  const tables = tagged.map((page) => elementsOf(page).filter((element) => element.role === 'Table'))
  // The page with the header names the table; pdfjs lists the whole table (all its TRs) on every page it is on.
  const first = tables.flat().find((table) => squash(JSON.stringify(table)).includes('Målområde'))!
  const shape = trs(first).map((row) => row.children.length).join()
  return tables.flatMap((onPage, index) => {
    const table = onPage.find((candidate) => trs(candidate).map((row) => row.children.length).join() === shape)
    // A row drawn on another page has no text on this one.
    const rows = table ? trs(table).filter((row) => row.children.some((cell) => cell.text !== '')) : []
    return rows.map((row) => ({ page: index + 1, cells: row.children.filter((cell) => cell.role === 'TH' || cell.role === 'TD').map((cell) => ({ role: cell.role, text: squash(cell.text) })) }))
  })
}

describe('the goal overview in the PDF', () => {
  test('is tagged as the HTML is: one TR per indicator, area and goal as TH once, spanning their rows', () => {
    const rows = overviewRows()
    const body = rows.filter((row) => row.cells[0]?.text !== squash('Målområde'))
    expect(body).toHaveLength(16)
    expect(body[0]!.cells).toEqual([
      { role: 'TH', text: squash('Livsmiljö och samhällsbyggnad') },
      { role: 'TH', text: squash('öka bostadsbyggandet i alla kommundelar') },
      { role: 'TH', text: squash('Antal färdigställda bostäder per år') },
      { role: 'TD', text: '212' },
      { role: 'TD', text: '168' },
      { role: 'TD', text: '250' },
    ])
    // The second indicator of the goal: its own row header and values; the goal and the area head it by their spans.
    expect(body[1]!.cells.map((cell) => cell.role)).toEqual(['TH', 'TD', 'TD', 'TD'])
    const raw = Buffer.from(bytes).toString('latin1')
    for (const span of [6, 3, 4, 2]) expect(raw).toMatch(new RegExp(`/RowSpan ${span}\\b`))
  })

  test('a goal without indicators has its row, its values missing', () => {
    const row = overviewRows().find((r) => r.cells.some((cell) => cell.text === squash('vara en kommun där invånarna känner sig trygga')))!
    expect(row.cells).toEqual([
      { role: 'TH', text: squash('vara en kommun där invånarna känner sig trygga') },
      { role: 'TD', text: '' },
      { role: 'TD', text: '–' },
      { role: 'TD', text: '–' },
      { role: 'TD', text: '–' },
    ])
    expect(Buffer.from(bytes).toString('latin1')).toContain('/ActualText (uppgift saknas)')
  })

  test('no goal is split between pages, and the table does break between goals', () => {
    const rows = overviewRows().filter((row) => row.cells[0]?.text !== squash('Målområde'))
    expect(new Set(rows.map((row) => row.page)).size).toBeGreaterThan(1)
    // A goal's first row has its TH (and its area's, for an area's first goal); its other rows have the indicator's and the values.
    const goals: number[][] = []
    for (const row of rows) {
      const startsGoal = row.cells.length > 4
      if (startsGoal) goals.push([])
      goals.at(-1)!.push(row.page)
    }
    expect(goals).toHaveLength(9)
    for (const pages of goals) expect(new Set(pages).size).toBe(1)
  })

  test('an area that goes on over a page break is named again at the top of the next page, outside the structure', () => {
    const rows = overviewRows().filter((row) => row.cells[0]?.text !== squash('Målområde'))
    const next = rows.find((row, i) => i > 0 && row.page !== rows[i - 1]!.page)!
    expect(next.cells[0]).toEqual({ role: 'TH', text: squash('vara en attraktiv arbetsgivare som behåller och utvecklar sina medarbetare') })
    const page = text.pages[next.page - 1]!
    expect(squash(page.text).startsWith(squash('Målområde Mål – fram till år 2027 ska Norrviks kommun Indikator Utfall 2022 Utfall 2023 KF mål 2025 Ekonomi och organisation'))).toBe(true)
    // Drawn, not tagged: the area's TH is the one on the page before.
    expect(next.cells.map((cell) => cell.text)).not.toContain(squash('Ekonomi och organisation'))
    expect(tagged[next.page - 1]!.artifacts).toBeGreaterThan(0)
  })

  test('prints no column that no row fills', () => {
    expect(words(text.pages.map((page) => page.text).join(' '))).not.toContain('Önskad riktning')
  })
})
