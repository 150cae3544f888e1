import { readFileSync } from 'node:fs'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root, RootContent } from 'hast'
import { DEFAULT_PDF_STYLE } from '../../src/render/pdf/index.js'

/** Text pieces of an HTML page: one per block or table cell, so numbers never join across cells. */
export function htmlPieces(html: string): string[] {
  const tree = fromHtml(html)
  const pieces: string[] = []
  const BLOCKS = new Set(['p', 'li', 'td', 'th', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'div'])
  const walk = (node: Root | RootContent, current: string[]): void => {
    if (node.type === 'text') current.push(node.value)
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element' && ['script', 'style', 'head'].includes(node.tagName)) return
    const block = node.type === 'element' && BLOCKS.has((node as Element).tagName)
    const target = block ? [] : current
    for (const child of node.children) walk(child as RootContent, target)
    if (block) pieces.push(target.join(''))
  }
  const rest: string[] = []
  walk(tree, rest)
  return [...pieces, rest.join('')]
}

/**
 * Text runs of the body of each page of a PDF, via pdfjs-dist (what a reader's copy-paste would
 * give). The running header and footer are left out by their position in the page margins, so a
 * paragraph that crosses a page break reads on. A run after which a line breaks at a soft hyphen
 * ends in U+00AD, as the PDF has it.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const [, marginTop, , marginBottom] = DEFAULT_PDF_STYLE.page.margins
  const pages: string[][] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const height = page.view[3]!
    const inBody = (y: number) => height - y > marginTop - 12 && height - y < height - marginBottom + 12
    const content = await page.getTextContent()
    const items = content.items.flatMap((item) => ('str' in item ? [item] : []))
    const runs = await withSoftHyphens(page, items)
    pages.push(runs.flatMap((str, i) => (inBody(items[i]!.transform[5] as number) ? [str] : [])).filter((s) => s.trim() !== ''))
  }
  await doc.destroy()
  return pages
}

/** The part of a pdfjs page that withSoftHyphens reads. */
interface OperatorPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>
}

/**
 * The text of each of a page's text content items, with U+00AD after those at whose end the PDF
 * draws a soft hyphen (the hyphen vplan shows where a line breaks inside a word). pdfjs leaves
 * U+00AD out of its text content, so the glyphs it draws are counted against the items.
 */
export async function withSoftHyphens(page: OperatorPage, items: readonly { str: string }[]): Promise<string[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const hyphens = new Set(softHyphenEnds(await page.getOperatorList(), OPS.showText))
  let drawn = 0
  return items.map((item) => {
    drawn += visibleLength(item.str)
    return hyphens.has(drawn) && item.str.trim() !== '' ? `${item.str}\u00ad` : item.str
  })
}

/** Characters that pdfjs's text content and its glyphs both count: not whitespace, not format marks. */
function visibleLength(text: string): number {
  let n = 0
  for (const char of text) if (!/[\s\p{Cf}]/u.test(char)) n++
  return n
}

/** Where the page draws a U+00AD glyph, as the number of visible characters drawn before it. */
function softHyphenEnds(operators: { fnArray: number[]; argsArray: unknown[][] }, showText: number): number[] {
  const ends: number[] = []
  let drawn = 0
  operators.fnArray.forEach((fn, index) => {
    if (fn !== showText) return
    for (const glyph of operators.argsArray[index]![0] as ({ unicode: string } | number | null)[]) {
      if (glyph === null || typeof glyph === 'number') continue
      if (glyph.unicode === '\u00ad') ends.push(drawn)
      else drawn += visibleLength(glyph.unicode)
    }
  })
  return ends
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file))
}
