import type { Content } from 'pdfmake/interfaces.js'
import type { Meta } from '../../model/index.js'
import { cleanText } from './clean-text.js'
import { PAGE_SIZE, type RenderContext } from './context.js'

/**
 * The cover: the municipality on the accent band (drawn by page-furniture.ts), then year, title,
 * an accent rule, the subtitle (or the board) and the adoption line, set well down the page as on
 * printed municipal plans; at the foot, the board and the document date. No images: the band and
 * two rules are the only graphics (artifacts in the tagged PDF). The title is the document's H1.
 */
export function coverContent(meta: Meta, ctx: RenderContext): Content {
  const { colours, fontSizes, cover, page } = ctx.style
  const text = (value: string) => cleanText(value, undefined, ctx)
  const left = page.margins[0]
  const municipality: Content = cover.bandHeight > 0
    ? { text: text(meta.municipality), absolutePosition: { x: left, y: cover.bandHeight / 2 - 9 }, fontSize: 15, bold: true, color: colours.onAccent, tag: 'P' }
    : { text: text(meta.municipality), fontSize: 15, bold: true, color: colours.accent, tag: 'P' }
  const second = meta.subtitle ?? meta.board
  return {
    stack: [
      municipality,
      { text: String(meta.year), fontSize: 12, bold: true, color: colours.accent, characterSpacing: 1, margin: [0, 190, 0, 6], tag: 'P' },
      { text: text(meta.title), fontSize: fontSizes.coverTitle, bold: true, color: colours.heading, lineHeight: 1.1, tag: 'H1' },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 56, h: 3, color: colours.accent }], margin: [0, 16, 0, 16] },
      { text: text(second), fontSize: fontSizes.coverSubtitle, color: colours.text, tag: 'P' },
      ...(meta.adopted ? [{ text: text(meta.adopted), fontSize: fontSizes.body + 0.5, italics: true, color: colours.muted, margin: [0, 10, 0, 0], tag: 'P' } as Content] : []),
      coverFoot(meta, ctx),
    ],
  }
}

/** Who issued the document and its date, at the foot of the cover, over a hairline. */
function coverFoot(meta: Meta, ctx: RenderContext): Content {
  const { colours, fontSizes, page } = ctx.style
  const [left, , right, bottom] = page.margins
  const width = PAGE_SIZE.width - left - right
  return {
    absolutePosition: { x: left, y: PAGE_SIZE.height - bottom - 34 },
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: colours.rule }] },
      {
        columns: [
          { text: cleanText(`${meta.board}, ${meta.municipality}`, undefined, ctx), tag: 'P' },
          { text: swedishDate(meta.date), alignment: 'right', tag: 'P' },
        ],
        fontSize: fontSizes.small + 0.5,
        color: colours.muted,
        margin: [0, 8, 0, 0],
      },
    ],
  }
}

/** "2023-12-01" → "1 december 2023". Written out rather than via Intl so no ICU build can change it. */
function swedishDate(iso: string): string {
  const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
  const [year, month, day] = iso.split('-').map(Number)
  const name = months[(month ?? 0) - 1]
  return name && day ? `${day} ${name} ${year}` : iso
}
