import { inflateSync } from 'node:zlib'
import { DEFAULT_PDF_STYLE } from '../../../src/render/pdf/index.js'
import { withSoftHyphens } from '../../support/extract-text.js'

/** One line of text on a page: text items sharing a baseline, joined in reading order. */
export interface TextLine {
  text: string
  /** Baseline, in points from the top of the page. */
  top: number
}

export interface PdfPage {
  /** Body lines, top to bottom, without the running header and footer; a line that breaks inside a word at a soft hyphen ends in U+00AD. */
  lines: TextLine[]
  /** All body text of the page in drawing order (so a wrapped table cell stays in one piece), whitespace normalised, hyphenated words whole. */
  text: string
  /** Everything on the page, header and footer included. */
  allText: string
}

export interface ReadPdf {
  pages: PdfPage[]
  info: Record<string, unknown>
  outline: { title: string; items: ReadPdf['outline'] }[]
  /** 1-based page number each outline entry points to, by title. */
  outlinePages: Map<string, number>
}

const SOFT_HYPHEN = '\u00ad'

/** A line that ends in a soft hyphen and the next are one word: "föränd\u00ad ringsarbetet" → "förändringsarbetet". */
function withoutSoftHyphens(text: string): string {
  return text.replace(/\u00ad\s*/g, '')
}

/** Collapses all whitespace (no-break spaces included) to single spaces. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

/** The web and mail addresses of the PDF's link annotations, page by page, as pdf.js reads them. */
export async function linkUrls(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const urls: string[] = []
  for (let n = 1; n <= doc.numPages; n++) for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.url) urls.push(a.url)
  return urls
}

/**
 * Reads a PDF back with pdfjs-dist, as a reader's tools would: text per page (split into body,
 * header and footer by position), document information and the outline.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const [, marginTop, , marginBottom] = DEFAULT_PDF_STYLE.page.margins
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const height = page.view[3]!
    const content = await page.getTextContent()
    const found = content.items.filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item)
    const strs = await withSoftHyphens(page, found)
    const items = found.map((item, i) => ({ str: strs[i]!, x: item.transform[4]!, top: height - item.transform[5]! }))
    const byLine = new Map<number, { str: string; x: number }[]>()
    for (const item of items) {
      const key = Math.round(item.top * 2) / 2
      byLine.set(key, [...(byLine.get(key) ?? []), item])
    }
    const lines = [...byLine.entries()]
      .sort(([a], [b]) => a - b)
      .map(([top, parts]) => ({ top, text: normalise(parts.sort((a, b) => a.x - b.x).map((p) => p.str).join(' ')) }))
      .filter((line) => line.text !== '')
    const inBody = (top: number) => top > marginTop - 12 && top < height - marginBottom + 12
    const body = lines.filter((line) => inBody(line.top))
    let text = ''
    let lastTop: number | undefined
    for (const item of items.filter((item) => inBody(item.top))) {
      const newLine = lastTop !== undefined && Math.abs(item.top - lastTop) > 0.5
      text += (newLine && !text.endsWith(SOFT_HYPHEN) ? ' ' : '') + item.str
      lastTop = item.top
    }
    pages.push({ lines: body, text: normalise(withoutSoftHyphens(text)), allText: normalise(withoutSoftHyphens(lines.map((l) => l.text).join(' '))) })
  }
  const { info } = await doc.getMetadata()
  const outline = ((await doc.getOutline()) ?? []) as unknown as ReadPdf['outline']
  const outlinePages = new Map<string, number>()
  const walk = async (entries: { title: string; dest?: unknown; items: unknown[] }[]) => {
    for (const entry of entries) {
      const dest = Array.isArray(entry.dest) ? entry.dest : undefined
      if (dest?.[0]) outlinePages.set(entry.title, (await doc.getPageIndex(dest[0] as never)) + 1)
      await walk(entry.items as never)
    }
  }
  await walk(outline as never)
  await doc.destroy()
  return { pages, info: info as Record<string, unknown>, outline, outlinePages }
}

/**
 * The TOC as printed: each entry's text and page number, in order. An entry's number stands at
 * the end of its first line; lines without a number continue the entry above.
 */
export function readToc(pdf: ReadPdf, tocTitle: string): { text: string; page: number }[] {
  const start = pdf.pages.findIndex((page) => page.lines[0]?.text === tocTitle)
  const entries: { text: string; page: number }[] = []
  for (const page of pdf.pages.slice(start)) {
    const lines = page.lines.filter((line) => line.text !== tocTitle)
    if (entries.length > 0 && !/\s\d+$/.test(lines[0]?.text ?? '')) break
    for (const line of lines) {
      const numbered = /^(.*?)\s+(\d+)$/.exec(line.text)
      if (numbered) entries.push({ text: numbered[1]!, page: Number(numbered[2]) })
      else if (entries.length > 0) entries[entries.length - 1]!.text += ` ${line.text}`
    }
  }
  return entries
}

/** The first page (1-based) at or after page `from` on which `label` stands as whole lines (a heading). */
export function pageOf(pdf: ReadPdf, label: string, from = 1): number | undefined {
  const wanted = normalise(label)
  for (let index = from - 1; index < pdf.pages.length; index++) {
    const lines = pdf.pages[index]!.lines.map((line) => line.text)
    for (let i = 0; i < lines.length; i++) {
      let joined = lines[i]!
      let j = i
      while (joined.length < wanted.length && wanted.startsWith(joined) && j + 1 < lines.length) joined = `${joined} ${lines[++j]}`
      if (joined === wanted) return index + 1
    }
  }
  return undefined
}

/**
 * Characters the PDF's embedded fonts map glyphs to (their ToUnicode CMaps): what the document
 * really draws. pdfjs turns U+00A0 into a plain space when extracting text, so no-break spaces are
 * checked here.
 */
export function drawnCharacters(bytes: Uint8Array): Set<string> {
  const buffer = Buffer.from(bytes)
  const latin = buffer.toString('latin1')
  const drawn = new Set<string>()
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = latin.indexOf('endstream', start)
    let text: string
    try {
      text = inflateSync(buffer.subarray(start, end)).toString('latin1')
    } catch {
      continue
    }
    if (!text.includes('begincmap')) continue
    for (const ranges of text.matchAll(/beginbf(?:range|char)([\s\S]*?)endbf/g)) {
      for (const array of ranges[1]!.matchAll(/\[([^\]]*)\]/g)) {
        for (const hex of array[1]!.matchAll(/<([0-9a-f]+)>/gi)) drawn.add(String.fromCodePoint(parseInt(hex[1]!, 16)))
      }
    }
  }
  return drawn
}
