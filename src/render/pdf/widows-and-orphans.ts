import { createHash } from 'node:crypto'
import { pdfmakePrototype } from './pdfmake-internals.js'

const INSTALLED = Symbol.for('vplan.render.pdf.widows-and-orphans')

/**
 * SHA-256 of pdfmake 0.3.11's LayoutBuilder.processLeaf. The patch relies on that loop asking
 * buildNextLine for each line and placing each with one writer.addLine; another version may not,
 * so then pdfmake's own layout runs (no widow control) and tests/render/pdf/widows-and-orphans.test.ts fails.
 */
export const KNOWN_PROCESS_LEAF_SOURCE = 'dfa7bf597febd6783b5cb6eff631942b13f9b9b642fca01081ed8237c43f0452'

/**
 * On a pdfmake text node: how many of its lines must stand together where a page breaks it, at
 * the foot of the page (orphans) and at the head of the next (widows), as CSS `orphans` and
 * `widows` say it.
 */
export interface LineKeep {
  orphans: number
  widows: number
  /**
   * A heading right above holds the paragraph's start on its page (keep-with-next.ts reserves
   * room for its first lines there), so the paragraph as a whole never moves to the next page.
   */
  held?: boolean
}

/** A text node's line keep, read by the layout and ignored by the rest of pdfmake. */
export const LINE_KEEP = 'vplanLineKeep'

/** Two lines at a page's foot and two at its head: what typographers and word processors default to. */
export const PARAGRAPH_LINE_KEEP: LineKeep = { orphans: 2, widows: 2 }

/** The same content with its first paragraph's start held on the page of the heading above it (a quote's too). */
export function holdStart<T>(content: T): T {
  if (typeof content !== 'object' || content === null) return content
  const node = content as { [LINE_KEEP]?: LineKeep; stack?: unknown[] }
  if (node[LINE_KEEP]) return { ...content, [LINE_KEEP]: { ...node[LINE_KEEP], held: true } }
  if (Array.isArray(node.stack) && node.stack.length > 0) return { ...content, stack: [holdStart(node.stack[0]), ...node.stack.slice(1)] }
  return content
}

/**
 * Where a paragraph of lines this tall must start a new page so that no page holds fewer of its
 * lines than `keep` asks: the indices of the lines to move to a new page before pdfmake places
 * them (pdfmake itself then breaks wherever a line does not fit, as before).
 *
 * `room` is the height left on the current page, `page` a whole page's body height and `atTop`
 * whether nothing stands above on this page (pdfmake never breaks there). Only the first and the
 * last page break are adjusted: a paragraph longer than a page is a wall of text either way.
 * - Too few lines before the first break (an orphan): the paragraph starts on the next page,
 *   unless a heading holds it (that heading's room guarantees the first lines anyway).
 * - Too few after the last break (a widow): the break moves up so the last page gets `widows`
 *   lines, if the page before still keeps `orphans`; if it would not, a paragraph that breaks only
 *   once moves as a whole (unless held), and a longer one is left as it is.
 */
export function planPageBreaks(heights: readonly number[], room: number, page: number, atTop: boolean, keep: LineKeep): number[] {
  const natural = naturalBreaks(heights, room, page, atTop)
  const first = natural[0]
  if (first === undefined) return []
  const movable = !keep.held && !atTop
  if (first < keep.orphans) return movable ? [0] : []
  const last = natural[natural.length - 1]!
  if (heights.length - last >= keep.widows) return []
  const earlier = heights.length - keep.widows
  const pageStart = natural.length > 1 ? natural[natural.length - 2]! : 0
  if (earlier - pageStart >= keep.orphans) return [earlier]
  return natural.length === 1 && movable ? [0] : []
}

/** Where pdfmake starts a new page on its own: before each line that does not fit, unless at a page's top. */
function naturalBreaks(heights: readonly number[], room: number, page: number, atTop: boolean): number[] {
  const breaks: number[] = []
  let left = room
  let top = atTop
  heights.forEach((height, index) => {
    if (height > left && !top) {
      breaks.push(index)
      left = page
    }
    left -= height
    top = false
  })
  return breaks
}

interface Line {
  getHeight(): number
}

interface TextNode {
  [LINE_KEEP]?: LineKeep
  pageOrientation?: string
}

interface Context {
  y: number
  availableHeight: number
  pageMargins: { top: number; bottom: number }
  snapshots: unknown[]
  getCurrentPage(): { pageSize: { height: number } }
}

interface Writer {
  transactionLevel: number
  context(): Context
  addLine(line: Line, ...rest: unknown[]): unknown
  moveToNextPage(orientation?: string): void
}

interface LayoutBuilder {
  writer: Writer
  processLeaf(this: LayoutBuilder, node: TextNode): void
  buildNextLine(this: LayoutBuilder, node: TextNode): Line | null
}

/**
 * Teaches pdfmake 0.3 widow and orphan control, which it lacks: a paragraph's last line alone at
 * the top of a page (before a chapter that starts on a fresh one, a whole page for one line), or
 * its first line alone at the foot of one. Only text nodes that carry a LineKeep are affected
 * (paragraphs, also in quotes and list items), and not inside an unbreakable group, which moves
 * as a whole. In columns (list items) only widows are mended: the first line stays beside its
 * marker.
 *
 * pdfmake lays a paragraph out one line at a time (LayoutBuilder.processLeaf) and breaks before a
 * line that does not fit. The lines' widths do not depend on the page, so this builds them all
 * first, plans the breaks (planPageBreaks), and hands the same lines to pdfmake's own loop,
 * moving to a new page before the planned ones. Everything else pdfmake does with a line (ids,
 * outline, positions, tags) is untouched.
 */
export function installWidowsAndOrphans(): void {
  const layout = layoutPrototype()
  if ((layout as { [INSTALLED]?: boolean })[INSTALLED] !== undefined) return
  const { processLeaf } = layout
  const matches = createHash('sha256').update(String(processLeaf)).digest('hex') === KNOWN_PROCESS_LEAF_SOURCE
  Object.defineProperty(layout, INSTALLED, { value: matches })
  if (!matches) return
  layout.processLeaf = function (node) {
    const ctx = this.writer.context()
    if (!node[LINE_KEEP] || this.writer.transactionLevel > 0) return processLeaf.call(this, node)
    // In columns (a list item's body beside its marker) a line may move to the next page as it
    // would anyway, but the paragraph's first may not: the marker would stay behind.
    const keep = ctx.snapshots.length > 0 ? { ...node[LINE_KEEP], held: true } : node[LINE_KEEP]
    // Read now, not at install: soft-hyphens.ts wraps buildNextLine too, whichever goes in first.
    const buildNextLine = layout.buildNextLine
    const lines: Line[] = []
    for (let line = buildNextLine.call(this, node); line; line = buildNextLine.call(this, node)) lines.push(line)
    const page = ctx.getCurrentPage().pageSize.height - ctx.pageMargins.top - ctx.pageMargins.bottom
    const heights = lines.map((line) => line.getHeight())
    const breaks = new Set(planPageBreaks(heights, ctx.availableHeight, page, ctx.y <= ctx.pageMargins.top, keep))
    const writer = this.writer
    const { addLine } = writer
    let index = 0
    const restoreLines = shadow(this, 'buildNextLine', (next) => (next === node ? (lines.shift() ?? null) : buildNextLine.call(this, next)))
    const restoreWriter = shadow(writer, 'addLine', (line, ...rest) => {
      const context = writer.context()
      if (breaks.has(index) && context.y > context.pageMargins.top) writer.moveToNextPage(node.pageOrientation)
      index++
      return addLine.call(writer, line, ...rest)
    })
    try {
      processLeaf.call(this, node)
    } finally {
      restoreWriter()
      restoreLines()
    }
  }
}

/** Puts `value` on the object itself for the length of one paragraph; the returned function undoes it. */
function shadow<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key)
  Object.defineProperty(target, key, { value, configurable: true, writable: true })
  return () => {
    if (own) Object.defineProperty(target, key, own)
    else delete target[key]
  }
}

/** Whether the patch is in: installed, and written for the pdfmake that is there. */
export function widowsAndOrphansActive(): boolean {
  return (layoutPrototype() as { [INSTALLED]?: boolean })[INSTALLED] === true
}

function layoutPrototype(): LayoutBuilder {
  return pdfmakePrototype<LayoutBuilder>('./LayoutBuilder.js', ['processLeaf', 'buildNextLine'], 'widows-and-orphans')
}
