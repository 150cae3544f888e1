import type { Node, PhrasingContent } from 'mdast'
import type { ContentText } from 'pdfmake/interfaces.js'
import { hyphenate } from '../hyphenate/index.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { leftOut } from './left-out.js'
import { isWebOrMailLink } from './safe-link.js'

/** Formatting inherited from enclosing phrasing nodes (strong inside emphasis inside a link …). */
type Marks = Omit<ContentText, 'text'>

/**
 * mdast phrasing content → a flat list of pdfmake inline text runs. Flat, because pdfmake styles
 * each run on its own and nested arrays buy nothing. Text is hyphenated (soft hyphens, no-break
 * spaces in spaced abbreviations) as in the HTML; code is not.
 */
export function inlines(nodes: readonly PhrasingContent[], ctx: RenderContext, marks: Marks = {}): ContentText[] {
  return nodes.flatMap((node) => inline(node, ctx, marks))
}

/** The plain text of converted runs, for height estimates and emptiness checks. */
export function runsText(runs: readonly ContentText[]): string {
  return runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('')
}

function inline(node: PhrasingContent, ctx: RenderContext, marks: Marks): ContentText[] {
  switch (node.type) {
    case 'text':
      return [{ ...marks, text: hyphenate(cleanText(node.value, node, ctx)) }]
    case 'strong':
      return inlines(node.children, ctx, { ...marks, bold: true })
    case 'emphasis':
      return inlines(node.children, ctx, { ...marks, italics: true })
    case 'delete':
      return inlines(node.children, ctx, { ...marks, decoration: 'lineThrough' })
    case 'inlineCode':
      return [{ ...marks, text: cleanText(node.value, node, ctx), background: ctx.style.colours.codeFill }]
    case 'break':
      return [{ ...marks, text: '\n' }]
    case 'link':
      return inlines(node.children, ctx, { ...marks, ...linkMarks(node.url, node, ctx) })
    case 'linkReference': {
      const definition = ctx.definitions.get(node.identifier.toLowerCase())
      const target = definition ? linkMarks(definition.url, node, ctx) : {}
      return inlines(node.children, ctx, { ...marks, ...target })
    }
    case 'footnoteReference':
      return [{ ...marks, text: cleanText(node.label ?? node.identifier, node, ctx), sup: true }]
    case 'image':
    case 'imageReference': {
      // Figures stand in paragraphs of their own (mark-figures.ts); pdfmake cannot set an image
      // inside a line. What the image says still reaches the reader: its alt text, marked as an
      // image's, in its place (inside the link, if it is one).
      const alt = cleanText(node.alt?.trim() ?? '', node, ctx)
      const shown = alt ? `its alt text is printed in its place, "[Bild: ${alt}]"` : 'it has no alt text, so nothing is printed in its place'
      ctx.report(node, 'image', `an image inside a link, emphasis or table cell cannot be drawn in the PDF; ${shown}: put the image in a paragraph of its own to show it`)
      return alt ? [{ ...marks, text: hyphenate(`[Bild: ${alt}]`) }] : []
    }
    default:
      return leftOut(node, ctx)
  }
}

function linkMarks(url: string, node: Node, ctx: RenderContext): Marks {
  const colour = { color: ctx.style.colours.link }
  if (isWebOrMailLink(url)) return { ...colour, link: url.trim() }
  const anchor = url.startsWith('#') ? decodeAnchor(url.slice(1)) : undefined
  if (anchor !== undefined && ctx.anchors.has(anchor)) return { ...colour, linkToDestination: anchor }
  ctx.report(node, 'pdf-link', `the link target "${url}" is not a web or mail address; the link text is printed without a link`)
  return {}
}

function decodeAnchor(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}
