import type { Definition } from 'mdast'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js'
import { visit } from 'unist-util-visit'
import type { Diagnostic } from '../../diagnostics/index.js'
import type { PlanDocument } from '../../document/index.js'
import { isPageBreak, type FlowItem } from './block.js'
import { blocksOf } from './blocks.js'
import { createContext } from './context.js'
import { coverContent } from './cover.js'
import type { Measure } from './fonts.js'
import { arrangeBlocks } from './keep-with-next.js'
import { documentInfo } from './metadata.js'
import { pageFurniture } from './page-furniture.js'
import type { PrintJob } from './print-pdf.js'
import type { PdfStyle } from './style/types.js'
import { defaultStyle, styleDictionary } from './styles.js'
import { tocContent } from './toc.js'
import { sharedColumnWidths } from './table-kinds.js'
import { markArtifact, markStructure } from './tagging/mark-structure.js'

/**
 * How headings are kept with what follows them:
 * - 'group' (the default): unbreakable groups, one layout pass (keep-with-next.ts);
 * - 'callback': pdfmake's `pageBreakBefore` callback, which lays the document out again for every
 *   heading it moves;
 * - 'none': no keeping at all.
 * The last two exist only to measure the first against them (tests/render/pdf/heading-keep.bench.test.ts)
 * and to show that the heading-keep test detects stranded headings.
 */
export type HeadingKeep = 'group' | 'callback' | 'none'

/** The document's language, for /Lang, XMP dc:language and the HTML's `lang` alike. */
export const PDF_LANGUAGE = 'sv-SE'

/**
 * PlanDocument → a complete pdfmake document definition (fresh each call: pdfmake mutates it),
 * tagged (PDF/UA-1): its structure tree comes along, built from the same content pdfmake lays out.
 */
export function documentDefinition(
  doc: PlanDocument,
  style: PdfStyle,
  fonts: { coverage: ReadonlySet<number>; measure: Measure },
  headingKeep: HeadingKeep = 'group',
): PrintJob & { diagnostics: Diagnostic[] } {
  const ctx = createContext(doc, style, fonts, collectDefinitions(doc), collectAnchors(doc))
  ctx.sharedWidths = sharedColumnWidths(doc.tree, ctx)
  const cover = coverContent(doc.meta, ctx, doc.logo)
  const toc = tocContent(doc, ctx)
  const items = startOnNewPage(blocksOf(doc.tree.children, ctx, ctx.contentWidth))
  const body = headingKeep === 'group' ? arrangeBlocks(items, ctx.contentHeight) : plainFlow(items)
  const content = [cover, ...toc.content, ...body]
  const structure = markStructure(content)
  const { header, footer, background } = pageFurniture(doc.meta, ctx)
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: style.page.margins,
    version: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    language: PDF_LANGUAGE,
    displayTitle: true,
    info: documentInfo(doc.meta),
    defaultStyle: defaultStyle(style),
    styles: styleDictionary(style),
    content,
    ...(ctx.pdfImages.size > 0 ? { images: Object.fromEntries(ctx.pdfImages) } : {}),
    header: (...args) => markArtifact(header(...args), 'Pagination'),
    footer: (...args) => markArtifact(footer(...args), 'Pagination'),
    background,
    ...(headingKeep === 'callback' ? { pageBreakBefore: headingAtPageBottom } : {}),
  }
  return {
    definition,
    afterLayout: toc.afterLayout,
    tagging: { structure, language: PDF_LANGUAGE },
    statedDate: doc.meta.date,
    diagnostics: ctx.diagnostics,
  }
}

/** The body begins after the cover (or the TOC) on a page of its own, whatever its first block is. */
function startOnNewPage(items: FlowItem[]): FlowItem[] {
  const first = items.findIndex((item) => !isPageBreak(item))
  const block = items[first]
  if (block === undefined || isPageBreak(block)) return []
  return [{ ...block, breakBefore: true }, ...items.slice(first + 1)]
}

function plainFlow(items: FlowItem[]): Content[] {
  const out: Content[] = []
  let pending = false
  for (const item of items) {
    if (isPageBreak(item)) pending = true
    else {
      out.push(pending || item.breakBefore ? { stack: [item.content], pageBreak: 'before' } : item.content)
      pending = false
    }
  }
  return out
}

interface NodeInfo {
  headlineLevel?: number | undefined
  style?: unknown
}

/**
 * The usual pdfmake recipe: break before a heading that has nothing after it on its page. The
 * running header and footer are nodes on every page too (styled 'furniture'), so they do not count
 * as "after it".
 */
function headingAtPageBottom(node: NodeInfo, queries: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  return node.headlineLevel !== undefined && !queries.getFollowingNodesOnPage().some((next) => next.style !== 'furniture')
}

function collectDefinitions(doc: PlanDocument): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  visit(doc.tree, 'definition', (node) => {
    const key = node.identifier.toLowerCase()
    if (!definitions.has(key)) definitions.set(key, node)
  })
  return definitions
}

function collectAnchors(doc: PlanDocument): Set<string> {
  const anchors = new Set<string>()
  visit(doc.tree, 'heading', (node) => {
    if (node.data?.id) anchors.add(node.data.id)
  })
  return anchors
}
