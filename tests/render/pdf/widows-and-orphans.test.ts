import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'
import type { PlanDocument } from '../../../src/document/index.js'
import { documentDefinition } from '../../../src/render/pdf/document-definition.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { printPdf } from '../../../src/render/pdf/print-pdf.js'
import { DEFAULT_PDF_STYLE } from '../../../src/render/pdf/style/defaults.js'
import { getPdfMake } from '../../../src/render/pdf/pdfmake-instance.js'
import { LINE_KEEP, planPageBreaks, widowsAndOrphansActive, type LineKeep } from '../../../src/render/pdf/widows-and-orphans.js'
import { sampleDocument } from './fixtures.js'
import { longDocument, shortParagraphsDocument } from './long-document.js'
import { normalise, pageOf, readPdf, readToc, type ReadPdf } from './read-pdf.js'
import { composedPlan, PLAN_DIRS } from './real-plans.js'

const KEEP: LineKeep = { orphans: 2, widows: 2 }
const lines = (count: number, height = 10) => Array.from({ length: count }, () => height)

describe('planPageBreaks', () => {
  test('a paragraph that fits, or breaks leaving two lines on each side, is left alone', () => {
    expect(planPageBreaks(lines(5), 100, 700, false, KEEP)).toEqual([])
    expect(planPageBreaks(lines(5), 30, 700, false, KEEP)).toEqual([]) // 3 + 2
    expect(planPageBreaks(lines(5), 20, 700, false, KEEP)).toEqual([]) // 2 + 3
  })

  test('a last line alone on the next page takes the line before it along', () => {
    expect(planPageBreaks(lines(5), 40, 700, false, KEEP)).toEqual([3]) // 4 + 1 becomes 3 + 2
    expect(planPageBreaks(lines(6), 59, 700, false, KEEP)).toEqual([4]) // pdfmake breaks before line 5 (10 > 9)
  })

  test('a first line alone at the foot of a page moves the paragraph to the next', () => {
    expect(planPageBreaks(lines(5), 15, 700, false, KEEP)).toEqual([0])
  })

  test('a three-line paragraph that would split 2 + 1 moves whole, since 1 + 2 would leave an orphan', () => {
    expect(planPageBreaks(lines(3), 25, 700, false, KEEP)).toEqual([0])
  })

  test('held under a heading, the paragraph never moves whole: the heading would be stranded', () => {
    const held = { ...KEEP, held: true }
    expect(planPageBreaks(lines(3), 25, 700, false, held)).toEqual([])
    expect(planPageBreaks(lines(5), 15, 700, false, held)).toEqual([])
    expect(planPageBreaks(lines(5), 40, 700, false, held)).toEqual([3]) // moving a line is still fine
  })

  test('at the top of a page nothing moves (pdfmake never breaks there), and a long paragraph keeps two lines on its last page', () => {
    expect(planPageBreaks(lines(5), 15, 700, true, KEEP)).toEqual([])
    // 3 on this page, 70 on the next, 1 on the third: the last break moves up a line.
    expect(planPageBreaks(lines(74), 30, 700, false, KEEP)).toEqual([72])
  })

  test('wider keeps are honoured (three lines at each side)', () => {
    expect(planPageBreaks(lines(8), 60, 700, false, { orphans: 3, widows: 3 })).toEqual([5])
    expect(planPageBreaks(lines(8), 25, 700, false, { orphans: 3, widows: 3 })).toEqual([0])
  })
})

/** Running-text paragraphs in the page's main flow (not in lists or tables, whose cells break as rows). */
function flowParagraphs(doc: PlanDocument): string[] {
  const nested = new Set<Paragraph>()
  visit(doc.tree, (node) => {
    if (node.type === 'listItem' || node.type === 'tableCell') visit(node, 'paragraph', (p: Paragraph) => void nested.add(p))
  })
  const texts: string[] = []
  visit(doc.tree, 'paragraph', (node: Paragraph) => {
    if (!nested.has(node) && !node.data?.figure) texts.push(plain(toString(node)))
  })
  return texts
}

const plain = (text: string) => normalise(text.replaceAll('\u00ad', ''))

/** Page breaks that leave a paragraph's first line alone at a page's foot, or its last alone at a page's head. */
function loneLines(pdf: ReadPdf, paragraphs: string[]): string[] {
  const found: string[] = []
  pdf.pages.forEach((page, index) => {
    const next = pdf.pages[index + 1]
    const last = page.lines.at(-1)
    const first = next?.lines[0]
    if (!last || !first) return
    const foot = plain(last.text)
    const head = plain(first.text)
    if (paragraphs.some((text) => text.length > foot.length && text.startsWith(foot))) found.push(`orphan at the foot of page ${index + 1}: ${foot}`)
    if (paragraphs.some((text) => text.length > head.length && text.endsWith(head))) found.push(`widow at the head of page ${index + 2}: ${head}`)
  })
  return found
}

/** The PDF as it would be without widow and orphan control: the same definition, the keeps taken out. */
async function withoutLineKeeps(doc: PlanDocument): Promise<Uint8Array> {
  const job = documentDefinition(doc, DEFAULT_PDF_STYLE, loadFonts())
  const seen = new WeakSet<object>()
  const strip = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) value.forEach(strip)
    else {
      delete (value as Record<string, unknown>)[LINE_KEEP]
      Object.values(value).forEach(strip)
    }
  }
  strip(job.definition.content)
  return printPdf(job)
}

test('the patch is in: pdfmake is still the version it was written for', async () => {
  await getPdfMake()
  // If this fails, pdfmake's LayoutBuilder.processLeaf changed: check that it still asks
  // buildNextLine for every line and places each with one writer.addLine, then update
  // KNOWN_PROCESS_LEAF_SOURCE in src/render/pdf/widows-and-orphans.ts.
  expect(widowsAndOrphansActive()).toBe(true)
})

describe('no paragraph leaves a line alone at a page break', () => {
  const doc = sampleDocument(longDocument())

  test('on a long document from the real plans: no widow, no orphan, and the table of contents still names the right pages', async () => {
    const pdf = await readPdf((await renderPdf(doc)).bytes)
    expect(pdf.pages.length).toBeGreaterThan(25)
    expect(loneLines(pdf, flowParagraphs(doc))).toEqual([])
    // Nothing was lost where lines moved.
    const squeeze = (text: string) => text.replace(/\s+/g, '')
    const body = squeeze(pdf.pages.map((page) => page.text).join(''))
    expect(flowParagraphs(doc).filter((text) => !body.includes(squeeze(text)))).toEqual([])
    for (const entry of readToc(pdf, 'Innehållsförteckning')) expect([entry.text, pageOf(pdf, entry.text, 3)]).toEqual([entry.text, entry.page])
  }, 120_000)

  test('the same document without the keeps has lone lines (the check above has teeth)', async () => {
    const pdf = await readPdf(await withoutLineKeeps(doc))
    expect(loneLines(pdf, flowParagraphs(doc)).length).toBeGreaterThan(2)
  }, 120_000)

  test('headings over two- to four-line paragraphs at every height on the page: no lone line, and each heading stays with its paragraph', async () => {
    const short = sampleDocument(shortParagraphsDocument())
    const pdf = await readPdf((await renderPdf(short)).bytes)
    expect(pdf.pages.length).toBeGreaterThan(8)
    expect(loneLines(pdf, flowParagraphs(short))).toEqual([])
    const headings: string[] = []
    visit(short.tree, 'heading', (node) => void headings.push(plain(toString(node))))
    const stranded = pdf.pages.flatMap((page, index) => (headings.includes(plain(page.lines.at(-1)?.text ?? '')) ? [index + 1] : []))
    expect(stranded).toEqual([])
  }, 120_000)

  test.each(PLAN_DIRS)('%s: no widow or orphan in the plan as built', async (dir) => {
    const { doc: plan, style } = await composedPlan(dir)
    const pdf = await readPdf((await renderPdf(plan, { style })).bytes)
    expect(loneLines(pdf, flowParagraphs(plan))).toEqual([])
  }, 120_000)
})
