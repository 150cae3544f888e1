import fc from 'fast-check'
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
import { longDocument, paragraphs as seedParagraphs, shortListsDocument, shortParagraphsDocument } from './long-document.js'
import { normalise, pageOf, readPdf, readToc, type ReadPdf } from './read-pdf.js'
import { elementsOf, readTaggedPdf } from './read-structure.js'
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

/**
 * A document's paragraphs by where they stand: in the page's main flow (quotes included), or in
 * list items, whose first line stays beside its marker, so only their last lines are checked.
 */
function paragraphsOf(doc: PlanDocument): { flow: string[]; listed: string[] } {
  const listed = new Set<Paragraph>()
  const inTables = new Set<Paragraph>()
  visit(doc.tree, (node) => {
    if (node.type === 'listItem') visit(node, 'paragraph', (p: Paragraph) => void listed.add(p))
    if (node.type === 'tableCell') visit(node, 'paragraph', (p: Paragraph) => void inTables.add(p))
  })
  const flow: string[] = []
  visit(doc.tree, 'paragraph', (node: Paragraph) => {
    if (!listed.has(node) && !inTables.has(node) && !node.data?.figure) flow.push(plain(toString(node)))
  })
  return { flow, listed: [...listed].map((node) => plain(toString(node))) }
}

/** Running-text paragraphs in the page's main flow (not in lists or tables, whose cells break as rows). */
function flowParagraphs(doc: PlanDocument): string[] {
  return paragraphsOf(doc).flow
}

const plain = (text: string) => normalise(text.replaceAll('\u00ad', ''))

/**
 * Page breaks that leave a paragraph's first line alone at a page's foot, or its last alone at a
 * page's head (for `ends`, by default the same paragraphs, only the latter).
 */
function loneLines(pdf: ReadPdf, paragraphs: string[], ends: string[] = paragraphs): string[] {
  const found: string[] = []
  pdf.pages.forEach((page, index) => {
    const next = pdf.pages[index + 1]
    const last = page.lines.at(-1)
    const first = next?.lines[0]
    if (!last || !first) return
    const foot = plain(last.text)
    const head = plain(first.text)
    if (paragraphs.some((text) => text.length > foot.length && text.startsWith(foot))) found.push(`orphan at the foot of page ${index + 1}: ${foot}`)
    if (ends.some((text) => text.length > head.length && text.endsWith(head))) found.push(`widow at the head of page ${index + 2}: ${head}`)
  })
  return found
}

/** Paragraphs whose text the PDF does not hold, whitespace (and so page breaks) aside. */
function missingParagraphs(pdf: ReadPdf, paragraphs: string[]): string[] {
  const squeeze = (text: string) => text.replace(/\s+/g, '')
  const body = squeeze(pdf.pages.map((page) => page.text).join(''))
  return paragraphs.filter((text) => !body.includes(squeeze(text)))
}

/** Pages that end with a bullet and the first line of its item, the rest of the item overleaf. */
function partedItems(pdf: ReadPdf, listed: string[]): number[] {
  return pdf.pages.flatMap((page, index) => {
    const last = plain(page.lines.at(-1)?.text ?? '')
    const start = last.replace(/^[•–] /, '')
    return start !== last && !listed.includes(start) && listed.some((text) => text.startsWith(start)) ? [index + 1] : []
  })
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
    expect(missingParagraphs(pdf, flowParagraphs(doc))).toEqual([])
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

  test('list items of one to four lines at every height on the page: no last line alone, no first line parted from its marker', async () => {
    const lists = sampleDocument(shortListsDocument())
    const { bytes } = await renderPdf(lists)
    const pdf = await readPdf(bytes)
    expect(pdf.pages.length).toBeGreaterThan(8)
    const { flow, listed } = paragraphsOf(lists)
    expect(loneLines(pdf, flow, [...flow, ...listed])).toEqual([])
    expect(partedItems(pdf, listed)).toEqual([])
    // Kept whole or given room, an item still reads as one: L, then LI with Lbl and LBody, nothing untagged.
    const pages = await readTaggedPdf(bytes)
    expect(pages.map((page) => page.untaggedDrawing + page.orphanIds.length + page.unplacedContent)).toEqual(pages.map(() => 0))
    const all = pages.flatMap(elementsOf)
    const items = all.filter((e) => e.role === 'L').flatMap((list) => list.children)
    expect(items.length).toBeGreaterThan(100)
    expect(new Set(items.map((item) => `${item.role}: ${item.children.map((child) => child.role).join(', ')}`))).toEqual(new Set(['LI: Lbl, LBody']))
  }, 120_000)

  test.each(PLAN_DIRS)('%s: no widow or orphan in the plan as built', async (dir) => {
    const { doc: plan, style } = await composedPlan(dir)
    const pdf = await readPdf((await renderPdf(plan, { style })).bytes)
    expect(loneLines(pdf, flowParagraphs(plan))).toEqual([])
  }, 120_000)
})

/** Escapes what would be Markdown syntax in a seed sentence (it is plain text in the plans). */
const literal = (text: string) => text.replace(/[|*_<>[\]\\#`]/g, (c) => `\\${c}`)

/** One block of a random document: a heading, or a numbered paragraph cut from the seeds, maybe in a quote or a list. */
const blockArbitrary = fc.oneof(
  { arbitrary: fc.constantFrom('#', '##', '###'), weight: 2 },
  { arbitrary: fc.record({ source: fc.nat(), length: fc.integer({ min: 40, max: 1800 }), wrap: fc.constantFrom('', '', '', '> ', '- ') }), weight: 7 },
)

test('random documents of seed paragraphs, headings, quotes and lists: no lone line, nothing lost', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(blockArbitrary, { minLength: 20, maxLength: 70 }), async (blocks) => {
      let n = 0
      const markdown = blocks
        .map((block) => {
          if (typeof block === 'string') return `${block} Rubrik ${++n}`
          const source = seedParagraphs[block.source % seedParagraphs.length]!
          const cut = source.length <= block.length ? source : source.slice(0, source.lastIndexOf(' ', block.length))
          n += 1
          return `${block.wrap}Stycke ${n}: ${literal(cut)} (slut på stycke ${n}).`
        })
        .join('\n\n')
      const doc = sampleDocument(markdown)
      const rendered = (await renderPdf(doc)).bytes
      const pdf = await readPdf(rendered)
      const { flow, listed } = paragraphsOf(doc)
      expect(loneLines(pdf, flow, [...flow, ...listed])).toEqual([])
      expect(partedItems(pdf, listed)).toEqual([])
      expect(missingParagraphs(pdf, flowParagraphs(doc))).toEqual([])
    }),
    { numRuns: 15, seed: 20261207, endOnFailure: true },
  )
}, 300_000)
