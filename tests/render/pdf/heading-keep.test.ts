import type { Heading, Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'
import { documentDefinition } from '../../../src/render/pdf/document-definition.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { printPdf } from '../../../src/render/pdf/print-pdf.js'
import { DEFAULT_PDF_STYLE } from '../../../src/render/pdf/style/defaults.js'
import { headingLabel, sampleDocument } from './fixtures.js'
import { longDocument, longTableDocument } from './long-document.js'
import { normalise, pageOf, readPdf, readToc, type ReadPdf } from './read-pdf.js'

const doc = sampleDocument(longDocument())

/** Texts that must never end a page: headings as printed, labels and table captions. */
function keepWithNextTexts(): string[] {
  const texts: string[] = []
  visit(doc.tree, (node) => {
    if (node.type === 'heading') texts.push(headingLabel({ number: (node as Heading).data?.number, text: toString(node) }))
    if (node.type === 'containerDirective' && 'name' in node && node.name === 'label') texts.push(toString(node))
    if (node.type === 'containerDirective' && 'attributes' in node && node.attributes?.caption) texts.push(node.attributes.caption)
  })
  return texts.map(normalise)
}

function paragraphTexts(): string[] {
  const texts: string[] = []
  visit(doc.tree, 'paragraph', (node: Paragraph) => void texts.push(normalise(toString(node))))
  return texts
}

/** Pages whose last body line is (the end of) a heading, label or caption. */
function strandedPages(pdf: ReadPdf): { page: number; line: string }[] {
  const keep = keepWithNextTexts()
  const prose = paragraphTexts()
  return pdf.pages.flatMap((page, index) => {
    const last = page.lines[page.lines.length - 1]?.text
    // The cover, and the last page (nothing follows its last line), are not checked.
    if (!last || index === 0 || index === pdf.pages.length - 1) return []
    const isKeep = keep.some((text) => text === last || text.endsWith(` ${last}`))
    const isProse = prose.some((text) => text.endsWith(last))
    return isKeep && !isProse ? [{ page: index + 1, line: last }] : []
  })
}

describe('headings stay with what follows them', () => {
  test('on a long document from the real plans, no page ends with a heading, label or caption', async () => {
    const { bytes } = await renderPdf(doc)
    const pdf = await readPdf(bytes)
    expect(pdf.pages.length).toBeGreaterThan(25)
    expect(strandedPages(pdf)).toEqual([])
    // Nothing was lost inside an unbreakable group.
    const body = pdf.pages.map((page) => page.text).join(' ').replace(/\s+/g, '')
    expect(paragraphTexts().filter((text) => !body.includes(text.replace(/\s+/g, '')))).toEqual([])
    // And the TOC still names the right pages.
    for (const entry of readToc(pdf, 'Innehållsförteckning')) expect([entry.text, pageOf(pdf, entry.text, 3)]).toEqual([entry.text, entry.page])
  }, 120_000)

  test('the same document without keep-with-next strands headings (the check above has teeth)', async () => {
    const bytes = await printPdf(documentDefinition(doc, DEFAULT_PDF_STYLE, loadFonts(), 'none'))
    expect(strandedPages(await readPdf(bytes)).length).toBeGreaterThan(2)
  }, 120_000)
})

describe('long tables', () => {
  test('repeat their header row on every page and never split a row', async () => {
    const { markdown, rows } = longTableDocument()
    const { bytes } = await renderPdf(sampleDocument(markdown))
    const pdf = await readPdf(bytes)
    const tablePages = pdf.pages.filter((page) => rows.some((row) => page.text.includes(normalise(row[0]!))))
    expect(tablePages.length).toBeGreaterThan(1)
    for (const page of tablePages.slice(1)) expect(page.lines[0]!.text).toBe('Nämndens verksamheter KF-budget 2023 KF-budget 2024 Nämndbudget 2024')
    for (const row of rows) {
      const whole = normalise(row.join(' '))
      expect(tablePages.some((page) => page.text.includes(whole)), whole).toBe(true)
    }
  }, 120_000)
})
