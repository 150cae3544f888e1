import type { Heading, Paragraph, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { beforeAll, describe, expect, test } from 'vitest'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { headingLabel, knivstaMeta, sampleDocument } from './fixtures.js'
import { drawnCharacters, pageOf, readPdf, readToc, type ReadPdf } from './read-pdf.js'

const doc = sampleDocument()
let bytes: Uint8Array
let pdf: ReadPdf
let bodyText: string

beforeAll(async () => {
  const result = await renderPdf(doc)
  expect(result.diagnostics).toEqual([])
  bytes = result.bytes
  pdf = await readPdf(bytes)
  bodyText = pdf.pages.map((page) => page.text).join(' ')
}, 60_000)

describe('renderPdf on the sample document', { timeout: 60_000 }, () => {
  test('every heading, paragraph and table cell appears in the text', () => {
    const texts: string[] = []
    visit(doc.tree, (node) => {
      if (node.type === 'heading') texts.push(headingLabel({ number: (node as Heading).data?.number, text: toString(node) }))
      if (node.type === 'paragraph') texts.push(toString(node as Paragraph))
      if (node.type === 'tableCell') texts.push(toString(node as TableCell))
    })
    // Compared without whitespace: a line may wrap after "/" or "–", where the text has no space to mark it.
    const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, '')
    const all = squeeze(bodyText)
    const missing = texts.filter((text) => squeeze(text) !== '' && !all.includes(squeeze(text)))
    expect(missing).toEqual([])
    expect(texts.length).toBeGreaterThan(60)
  })

  test('the cover carries municipality, title, board, adoption line and year, without header or footer', () => {
    const cover = pdf.pages[0]!.allText
    for (const part of ['Knivsta kommun', 'Verksamhetsplan 2024 för Socialnämnden', 'Socialnämnden', knivstaMeta.adopted!, '2024']) {
      expect(cover).toContain(part)
    }
    expect(cover).not.toContain('Sida')
  })

  test('the TOC lists every entry with the page its heading stands on', () => {
    const entries = readToc(pdf, 'Innehållsförteckning')
    expect(entries.map((entry) => entry.text)).toEqual(doc.toc.map(headingLabel))
    for (const entry of entries) expect({ entry: entry.text, page: pageOf(pdf, entry.text, 3) }).toEqual({ entry: entry.text, page: entry.page })
  })

  test('chapters start on a new page', () => {
    for (const chapter of doc.toc.filter((entry) => entry.depth === 1)) {
      const page = pageOf(pdf, headingLabel(chapter), 3)!
      expect(pdf.pages[page - 1]!.lines[0]!.text).toBe(headingLabel(chapter))
    }
  })

  test('running header and "Sida X av Y" footer on every page but the cover', () => {
    const total = pdf.pages.length
    pdf.pages.slice(1).forEach((page, index) => {
      expect(page.allText).toContain(`Sida ${index + 2} av ${total}`)
      expect(page.allText).toContain('Knivsta kommun · Verksamhetsplan 2024 för Socialnämnden')
    })
  })

  test('metadata: title, author (the board), subject, keywords, creator, language and the plan date', () => {
    expect(pdf.info).toMatchObject({
      // The title names the municipality the plan's own title leaves out (documentTitle).
      Title: 'Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun',
      Author: 'Socialnämnden',
      Subject: 'Socialnämnden, Knivsta kommun',
      Keywords: 'verksamhetsplan, socialnämnden, Knivsta, 2024',
      Creator: 'vplan',
      Language: 'sv-SE',
      // The day the plan states, no invented time of day.
      CreationDate: 'D:20231201',
      ModDate: 'D:20231201',
    })
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (sv-SE)')
  })

  test('bookmarks: chapters with their sections nested, each pointing at its heading page', () => {
    const titles = (items: ReadPdf['outline']): unknown[] => items.map((item) => (item.items.length ? [item.title, titles(item.items)] : item.title))
    expect(titles(pdf.outline)).toEqual([
      '1 Styr- och ledningsmodell',
      ['2 Mål, uppdrag och indikatorer', [['2.1 Vård, stöd och omsorg med kvalitet (SN)', [headingLabel(doc.toc[3]!)]]]],
      '3 Nämndens driftsbudget',
      '4 Uppföljningsplan av privata utförare',
    ])
    for (const [title, page] of pdf.outlinePages) expect(pageOf(pdf, title, 3)).toBe(page)
  })

  test('values escaped in the Markdown print literally', () => {
    expect(bodyText).toContain('A | B & Co *AB*')
    expect(bodyText).toContain('Färdtjänst <8,71%')
  })

  test('U+2212, no-break spaces, en dashes and å ä ö survive; U+202F never reaches the PDF', () => {
    expect(bodyText).toContain('\u22121 952')
    expect(bodyText).toContain('2024\u20132025')
    for (const word of ['Vård, stöd och omsorg', 'Nämndens', 'Förebyggande', 'Ständig']) expect(bodyText).toContain(word)
    const drawn = drawnCharacters(bytes)
    for (const char of ['\u2212', '\u00a0', '\u2013', 'å', 'ä', 'ö', 'Å', 'Ö']) expect(drawn.has(char), char).toBe(true)
    expect(drawn.has('\u202f')).toBe(false)
  })

  test('the same document renders to the same bytes', async () => {
    const again = await renderPdf(sampleDocument())
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true)
    const latin = Buffer.from(bytes).toString('latin1')
    const dates = new Set(latin.match(/D:\d{4,14}Z?/g))
    expect([...dates]).toEqual(['D:20231201'])
    expect(latin).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/)
  })

})
