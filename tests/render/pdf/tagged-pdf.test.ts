import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error the bench's generator is plain JavaScript without types
import { generatePlan, writePlan } from '../../../bench/generate-plan.js'
import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'
import { documentDefinition } from '../../../src/render/pdf/document-definition.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { printPdf } from '../../../src/render/pdf/print-pdf.js'
import { DEFAULT_PDF_STYLE } from '../../../src/render/pdf/style/defaults.js'
import { headingLabel, sampleDocument } from './fixtures.js'
import { longTableDocument } from './long-document.js'
import { composedPlan, PLAN_DIRS } from './real-plans.js'
import { readPdf } from './read-pdf.js'
import { elementsOf, readTaggedPdf, type ReadElement, type TaggedPage } from './read-structure.js'

const present = PLAN_DIRS.filter((dir) => existsSync(`${dir}/plan.yaml`))

/** The checks of PDF/UA-1 that concern content: nothing drawn untagged, every tagged run placed in the tree. */
function untaggedContent(pages: TaggedPage[]): { page: number; untaggedDrawing: number; orphanIds: string[]; unplacedContent: number }[] {
  return pages
    .map(({ untaggedDrawing, orphanIds, unplacedContent }, index) => ({ page: index + 1, untaggedDrawing, orphanIds, unplacedContent }))
    .filter((page) => page.untaggedDrawing > 0 || page.orphanIds.length > 0 || page.unplacedContent > 0)
}

/**
 * pdfjs gives each page the subtrees its content belongs to, whole: elements drawn on other pages
 * come along empty. Only elements with text on a page count for it.
 */
const drawnOn = (page: TaggedPage) => elementsOf(page).filter((element) => element.text !== '')

/** Headings as the tree holds them, in reading order. */
function headingsOf(pages: TaggedPage[]): { role: string; text: string }[] {
  const out: { role: string; text: string }[] = []
  for (const page of pages) {
    for (const element of drawnOn(page).filter((e) => /^H[1-6]$/.test(e.role))) out.push({ role: element.role, text: element.text })
  }
  return out
}

const rolesOf = (elements: ReadElement[]) => elements.map((element) => element.role)

describe.each(present)('the tagged PDF of %s', { timeout: 120_000 }, (dir) => {
  test('is marked as tagged PDF/UA-1 in Swedish, and every drawing lies in tagged content or an Artifact', async () => {
    const { doc, style } = await composedPlan(dir)
    const { bytes } = await renderPdf(doc, { style })
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/)
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toContain('/Lang (sv-SE)')
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(raw).toContain('<rdf:li>sv-SE</rdf:li>')
    expect(raw).toMatch(/\/DisplayDocTitle true/)

    const pages = await readTaggedPdf(bytes)
    expect(untaggedContent(pages)).toEqual([])
    // Running header, footer and rules are artifacts on every body page.
    expect(pages.slice(2).filter((page) => page.artifacts === 0).length).toBe(0)

    // The headings: the document title, then every heading at its outline level (as in the HTML).
    const expected: { role: string; text: string }[] = [{ role: 'H1', text: doc.meta.title }]
    visit(doc.tree, 'heading', (node: Heading) => {
      expected.push({ role: `H${Math.min((node.data?.level ?? node.depth) + 1, 6)}`, text: headingLabel({ number: node.data?.number, text: toString(node) }) })
    })
    const found = headingsOf(pages).filter((heading) => heading.text !== doc.layout.tocTitle)
    expect(found.map((h) => h.role)).toEqual(expected.map((h) => h.role))
    expect(found.map((h) => h.text.replace(/\s+/g, ''))).toEqual(expected.map((h) => h.text.replace(/[\s\u00a0]+/g, '')))
    const levels = found.map((h) => Number(h.role[1]))
    expect(levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1)).toEqual([])

    const all = pages.flatMap(drawnOn)
    // The TOC: one TOCI per entry, each a Link whose text is the entry and its page number.
    const tocItems = all.filter((e) => e.role === 'TOCI')
    expect(tocItems.length).toBe(doc.toc.length)
    for (const item of tocItems) {
      expect(rolesOf(item.children)).toEqual(['Link'])
      expect(item.text).toMatch(/\S \d+$/)
    }
    // Tables: sections and rows, cells only in rows, header cells in the head.
    const tables = all.filter((e) => e.role === 'Table')
    expect(tables.length).toBeGreaterThan(3)
    for (const table of tables) {
      expect(rolesOf(table.children).every((role) => ['Caption', 'THead', 'TBody'].includes(role))).toBe(true)
      for (const section of table.children.filter((e) => e.role !== 'Caption')) {
        for (const row of section.children) {
          expect(row.role).toBe('TR')
          expect(rolesOf(row.children).every((role) => role === 'TH' || role === 'TD')).toBe(true)
          // An empty corner cell heads nothing: a TD, as in the HTML.
          if (section.role === 'THead') expect(row.children.filter((cell) => cell.role !== 'TH' && cell.text !== '')).toEqual([])
        }
      }
    }
    // Lists: items with a label and a body.
    for (const list of all.filter((e) => e.role === 'L')) {
      for (const item of list.children) {
        expect(item.role).toBe('LI')
        expect(rolesOf(item.children)).toEqual(['Lbl', 'LBody'])
      }
    }
  })
})

test('a budget row reads its label before its figures, in the tree and in the text (Knivsta, Nämndens driftsbudget)', { timeout: 120_000 }, async () => {
  const { doc, style } = await composedPlan('plans/knivsta-sn-2024')
  const { bytes } = await renderPdf(doc, { style })
  // Text extraction in drawing order (what copying out of an untagged-aware viewer gives).
  const drawn = (await readPdf(bytes)).pages.map((page) => page.text).join(' ')
  expect(drawn).toContain('Nämnd- och styrelseverksamhet 1 427 1 456 1 456')
  expect(drawn).toContain('Hemtjänst Biståndsbedömd tid 58 410 56 780 54 308 48 900 49 676')
  const pages = await readTaggedPdf(bytes)
  const row = pages.flatMap(elementsOf).find((e) => e.role === 'TR' && e.text.startsWith('Nämnd- och styrelseverksamhet'))
  expect(row?.children.map((cell) => `${cell.role}:${cell.text}`)).toEqual(['TH:Nämnd- och styrelseverksamhet', 'TD:1 427', 'TD:1 456', 'TD:1 456'])
})

test('a table over several pages: the repeated header row is an Artifact, only its first drawing holds the TH cells', { timeout: 120_000 }, async () => {
  const { markdown, rows } = longTableDocument()
  const pages = await readTaggedPdf((await renderPdf(sampleDocument(markdown))).bytes)
  expect(untaggedContent(pages)).toEqual([])
  const withRows = pages.filter((page) => drawnOn(page).some((e) => e.role === 'TR' && rows.some((row) => e.text.startsWith(row[0]!))))
  expect(withRows.length).toBeGreaterThan(1)
  const header = (page: TaggedPage) => drawnOn(page).filter((e) => e.role === 'THead').map((e) => e.text)
  expect(header(withRows[0]!)).toEqual(['Nämndens verksamheter KF-budget 2023 KF-budget 2024 Nämndbudget 2024'])
  for (const page of withRows.slice(1)) {
    expect(header(page)).toEqual([])
    expect(page.artifacts).toBeGreaterThan(4) // the repeated header's four cells, at least
  }
})

test('the same plan gives a byte-identical tagged PDF', { timeout: 120_000 }, async () => {
  const { doc, style } = await composedPlan('plans/danderyd-sn-2024')
  const first = await renderPdf(doc, { style })
  const second = await renderPdf(doc, { style })
  expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true)
})

test('the content check has teeth: the same document printed untagged fails it on every page', { timeout: 120_000 }, async () => {
  const job = documentDefinition(sampleDocument(longTableDocument().markdown), DEFAULT_PDF_STYLE, loadFonts())
  job.definition.tagged = false
  const pages = await readTaggedPdf(await printPdf(job))
  expect(untaggedContent(pages).length).toBe(pages.length)
})

test('a synthetic 200-page plan from the seeds\' text: nothing drawn untagged on any page', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vplan-tagged-'))
  try {
    writePlan(dir, generatePlan({ pages: 200 }))
    const { doc, style } = await composedPlan(dir)
    const pages = await readTaggedPdf((await renderPdf(doc, { style })).bytes)
    expect(pages.length).toBeGreaterThan(150)
    expect(untaggedContent(pages)).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
