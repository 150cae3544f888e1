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
 * paragraph that crosses a page break reads on.
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
    pages.push(
      content.items
        .flatMap((item) => ('str' in item && inBody(item.transform[5] as number) ? [item.str] : []))
        .filter((s) => s.trim() !== ''),
    )
  }
  await doc.destroy()
  return pages
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file))
}
