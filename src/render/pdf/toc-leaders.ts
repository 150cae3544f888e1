import type { Measure } from './fonts.js'

/** What pdfmake leaves on the TOC table after layout (untyped internals, read defensively). */
interface LaidOutToc {
  table?: {
    widths?: { _calcWidth?: number }[]
    body?: LaidOutCell[][]
  }
}

interface LaidOutRun {
  text?: unknown
  _pageRef?: { _nodeRef?: { positions?: { pageNumber: number }[] } }
}

interface LaidOutCell {
  text?: LaidOutRun[] | string
  margin?: number[]
  style?: unknown
  positions?: { pageNumber: number; left: number; top: number }[]
}

/** The few pdfkit calls the leaders need. */
export interface DrawingSurface {
  switchToPage(index: number): unknown
  save(): unknown
  restore(): unknown
  circle(x: number, y: number, radius: number): unknown
  fillColor(colour: string): unknown
  fill(): unknown
  markContent(tag: string, options?: object | null): unknown
  endMarkedContent(): unknown
}

export interface LeaderStyle {
  fontSize: number
  colour: string
  /** Which TOC styles are set bold (chapters), for measuring. */
  boldStyles: ReadonlySet<string>
}

/** Dot pitch (pt). Dots sit on a page-wide grid, so they line up from row to row. */
const STEP = 3.6
const GAP = 4
/** Roboto's ascender over units per em: pdfkit sets a line's baseline one ascender below its top. */
const ASCENDER = 1900 / 2048
/**
 * pdfmake lays the TOC out as a two-column table with its built-in 'noBorders' layout: cells are
 * padded 2 pt top and bottom, 4 pt on the inner sides, none at the table's outer edges.
 */
const PADDING_TOP = 2
const INNER_PADDING = 4

/**
 * Dot leaders between each TOC entry and its page number. pdfmake has no leaders and the
 * page numbers are only known once laid out, so they are drawn afterwards, onto the laid-out
 * pages. pdfmake records where each table row starts (its page, the table's left edge, the row's
 * top) and how many lines each cell took; from there the entry's first line is placed with the
 * table's column widths and the font's metrics. When the measurement disagrees with pdfmake about
 * the number of lines, the row gets no leader rather than dots through text.
 */
export function drawTocLeaders(node: object, surface: DrawingSurface, style: LeaderStyle, measure: Measure): void {
  const table = (node as LaidOutToc).table
  const textWidth = table?.widths?.[0]?._calcWidth
  const numberWidth = table?.widths?.[1]?._calcWidth
  if (!table?.body || textWidth === undefined || numberWidth === undefined) return
  const geometry = { textWidth, numberWidth }
  for (const [entry, number] of table.body) {
    if (!entry || !number) continue
    const leader = leaderFor(entry, number, geometry, style, measure)
    if (!leader) continue
    surface.switchToPage(leader.page - 1)
    surface.markContent('Artifact', { type: 'Layout' })
    surface.save()
    surface.fillColor(style.colour)
    for (let x = Math.ceil(leader.from / STEP) * STEP; x <= leader.to; x += STEP) surface.circle(x, leader.y, 0.45)
    surface.fill()
    surface.restore()
    surface.endMarkedContent()
  }
}

function leaderFor(entry: LaidOutCell, number: LaidOutCell, geometry: { textWidth: number; numberWidth: number }, style: LeaderStyle, measure: Measure) {
  const positions = entry.positions ?? []
  const row = positions[0]
  const page = Array.isArray(number.text) ? number.text[0]?._pageRef?._nodeRef?.positions?.[0]?.pageNumber : undefined
  const text = Array.isArray(entry.text) ? entry.text.map((run) => (typeof run.text === 'string' ? run.text : '')).join('') : entry.text
  if (!row || page === undefined || text === undefined) return undefined
  const bold = typeof entry.style === 'string' && style.boldStyles.has(entry.style)
  const [indent = 0, marginTop = 0] = entry.margin ?? []
  const lines = wrapLines(text, geometry.textWidth - indent, style.fontSize, measure, bold)
  if (lines.length !== positions.length) return undefined
  // The page number stands beside the entry's first line (table cells are top-aligned), so the leader runs along that line.
  const from = row.left + indent + measure(lines[0]!, style.fontSize, bold) + GAP
  const right = row.left + geometry.textWidth + 2 * INNER_PADDING + geometry.numberWidth
  const to = right - measure(String(page), style.fontSize, bold) - GAP
  if (to - from < 3 * STEP) return undefined
  return { page: row.pageNumber, from, to, y: row.top + PADDING_TOP + marginTop + ASCENDER * style.fontSize - 0.6 }
}

/** Greedy word wrap at spaces, as pdfmake fills lines. */
function wrapLines(text: string, width: number, fontSize: number, measure: Measure, bold: boolean): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && measure(candidate, fontSize, bold) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  return [...lines, line]
}
