import type { Content } from 'pdfmake/interfaces.js'
import type { ImageAsset, Meta } from '../../model/index.js'
import { coverSubtitle } from '../meta/cover-subtitle.js'
import { documentFacts } from '../meta/document-facts.js'
import { formatPlanDate } from '../../format/index.js'
import { cleanText } from './clean-text.js'
import { PAGE_SIZE, type RenderContext } from './context.js'
import { fitImage, imageNode } from './pdf-image.js'

/**
 * The cover: the municipality on the accent band (drawn by page-furniture.ts), then year, title,
 * an accent rule, the subtitle (or the board) and the adoption line, set well down the page as on
 * printed municipal plans; below them the document's particulars (diarienummer, decision,
 * validity, owner) when the plan states any; at the foot, the board and the document's date as
 * stated. The band and two rules are artifacts in the tagged PDF; the title is the document's H1.
 * A logo (meta.logo or the template's) stands in for the municipality's name, as in the page
 * header: a Figure whose /Alt is the name, on white below the band (a logo is drawn for a white
 * ground, not for the accent colour).
 */
export function coverContent(meta: Meta, ctx: RenderContext, logo?: ImageAsset): Content {
  const { colours, fontSizes, cover, page } = ctx.style
  const text = (value: string) => cleanText(value, undefined, ctx)
  const left = page.margins[0]
  const municipality: Content = logo
    ? coverLogo(meta, logo, ctx)
    : cover.bandHeight > 0
    ? { text: text(meta.municipality), absolutePosition: { x: left, y: cover.bandHeight / 2 - 9 }, fontSize: 15, bold: true, color: colours.onAccent, tag: 'P' }
    : { text: text(meta.municipality), fontSize: 15, bold: true, color: colours.accent, tag: 'P' }
  return {
    stack: [
      municipality,
      { text: String(meta.year), fontSize: 12, bold: true, color: colours.accent, characterSpacing: 1, margin: [0, 190, 0, 6], tag: 'P' },
      { text: text(meta.title), fontSize: fontSizes.coverTitle, bold: true, color: colours.heading, lineHeight: 1.1, tag: 'H1' },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 56, h: 3, color: colours.accent }], margin: [0, 16, 0, 16] },
      { text: text(coverSubtitle(meta)), fontSize: fontSizes.coverSubtitle, color: colours.text, tag: 'P' },
      ...(meta.adopted ? [{ text: text(meta.adopted), fontSize: fontSizes.body + 0.5, italics: true, color: colours.muted, margin: [0, 10, 0, 0], tag: 'P' } as Content] : []),
      ...coverFacts(meta, ctx),
      coverFoot(meta, ctx),
    ],
  }
}

/**
 * The particulars as a list of label and value, the PDF's counterpart of the HTML's `<dl>`:
 * tagged L, each row an LI whose label is its Lbl and whose value its LBody, so assistive
 * technology reads "Diarienummer: SN 2023/123" as one item.
 */
function coverFacts(meta: Meta, ctx: RenderContext): Content[] {
  const facts = documentFacts(meta)
  if (facts.length === 0) return []
  const { colours, fontSizes } = ctx.style
  const size = fontSizes.body
  const labelWidth = Math.max(...facts.map((fact) => ctx.measure(fact.label, size, true))) + 12
  return [
    {
      stack: facts.map((fact): Content => ({
        columns: [
          { text: cleanText(fact.label, undefined, ctx), width: labelWidth, bold: true, color: colours.muted, tag: 'Lbl' },
          { text: cleanText(fact.value, undefined, ctx), width: '*', color: colours.text, tag: 'LBody' },
        ],
        columnGap: 0,
        margin: [0, 0, 0, 3],
        tag: 'LI',
      })),
      fontSize: size,
      margin: [0, 36, 0, 0],
      tag: 'L',
    },
  ]
}

/** Who issued the document and its date as stated, at the foot of the cover, over a hairline. */
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
          // No date stated, none printed: an empty column keeps the board where it was.
          meta.date ? { text: formatPlanDate(meta.date), alignment: 'right', tag: 'P' } : { text: '' },
        ],
        fontSize: fontSizes.small + 0.5,
        color: colours.muted,
        margin: [0, 8, 0, 0],
      },
    ],
  }
}

/** The logo is at most this high on the cover (pt), and at most half the text width wide. */
const LOGO_HEIGHT = 48

function coverLogo(meta: Meta, logo: ImageAsset, ctx: RenderContext): Content {
  const { cover, page } = ctx.style
  const size = fitImage(logo, ctx.contentWidth / 2, LOGO_HEIGHT)
  const node = imageNode(logo, size, ctx.pdfImages, { type: 'Figure', alt: cleanText(meta.municipality, undefined, ctx) })
  // Below the band when there is one; otherwise where the name would stand, at the top of the text.
  const y = cover.bandHeight > 0 ? cover.bandHeight + 28 : page.margins[1]
  return { stack: [node], absolutePosition: { x: page.margins[0], y } }
}
