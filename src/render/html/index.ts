import { toHtml } from 'hast-util-to-html'
import type { Nodes } from 'hast'
import type { Diagnostic } from '../../diagnostics/index.js'
import type { PlanDocument } from '../../document/index.js'
import { buildFragment } from './build-fragment.js'
import { buildTocList } from './build-toc.js'
import { coverSubtitle } from '../meta/cover-subtitle.js'
import { describePlan } from '../meta/describe-plan.js'
import { documentFacts } from '../meta/document-facts.js'
import { documentTitle } from '../meta/document-title.js'
import { formatPlanDate } from '../../format/index.js'
import { hyphenateTree } from './hyphenate-tree.js'
import { pdfDownload, type PdfAlongside } from './pdf-download.js'
import { renderPage, styleText } from './render-page.js'
import { createReporter } from './report.js'
import { sanitizeContent } from './sanitize-content.js'
import { mdastToHast } from './to-hast.js'
import { insertCharts } from './render-chart.js'
import { logoView } from './logo-view.js'
import type { RenderContext } from './render-context.js'
import { createIdRegistry, PAGE_IDS } from './unique-ids.js'

export { FRAGMENT_PREFIX } from './build-fragment.js'
export { isSafeUrl } from './safe-url.js'
export { sanitizeSchema } from './sanitize-content.js'
export type { PageView } from './render-page.js'
export type { PdfAlongside } from './pdf-download.js'

export interface HtmlOptions {
  /** The stylesheet (templates/default/style.css followed by the municipality's), read by the CLI. */
  css: string
  /** The page layout (templates/<name>/page.html), a Handlebars template, read by the CLI. */
  page: string
  /** Only the `<article>`, with `vplan-` class names and a scoped stylesheet, for a CMS. */
  fragment?: boolean
  /** Path of the page layout, for diagnostics about it. */
  pageFile?: string
  /**
   * The PDF this build writes next to the page, for a download link. Only the full page links it:
   * a fragment lives at the CMS's address, where a relative link to the PDF would lead nowhere.
   */
  pdf?: PdfAlongside | undefined
  /** The template's figures.css, appended to the stylesheet when the page has an image. */
  figureCss?: string | undefined
}

/**
 * The parsed plan as one self-contained HTML page (or CMS fragment): content converted,
 * sanitized and stringified, then placed in the page layout with the CSS inlined.
 */
export function renderHtml(doc: PlanDocument, options: HtmlOptions): { html: string; diagnostics: Diagnostic[] } {
  const { report, diagnostics } = createReporter(doc)
  const context: RenderContext = {
    report,
    ids: createIdRegistry(doc.tree),
    count: { tables: 0 },
    regionNames: new Map<string, number>(),
    images: doc.images ?? new Map(),
    hasImages: false,
    charts: doc.charts ?? new Map(),
    chartsOnPage: new Map(),
  }
  const content = hyphenateTree(sanitizeContent(mdastToHast(doc.tree, context)))
  // After hyphenation too: the drawing's labels are Vega's, set once, with no soft hyphens.
  insertCharts(content, context.chartsOnPage)
  const toc = buildTocList(doc.toc)
  const logo = doc.logo ? logoView(doc.logo) : undefined
  const images = context.hasImages || logo !== undefined
  const css = (images || context.chartsOnPage.size > 0) && options.figureCss ? `${options.css}\n${options.figureCss}` : options.css
  if (options.fragment) return { html: stringify(buildFragment(doc, content, toc, css)) + '\n', diagnostics }
  const { meta } = doc
  const page = renderPage(
    options.page,
    {
      title: meta.title,
      pageTitle: documentTitle(meta),
      description: describePlan(meta),
      board: meta.board,
      municipality: meta.municipality,
      year: meta.year,
      date: meta.date,
      dateText: meta.date === undefined ? undefined : formatPlanDate(meta.date),
      subtitle: coverSubtitle(meta),
      adopted: meta.adopted,
      facts: documentFacts(meta),
      pdf: options.pdf ? pdfDownload(options.pdf) : undefined,
      keywords: meta.keywords.join(', '),
      tocTitle: doc.layout.tocTitle,
      css: styleText(css),
      images,
      logo,
      toc: toc ? stringify(toc) : '',
      content: stringify(content),
      mainId: PAGE_IDS.main,
      tocTitleId: PAGE_IDS.tocTitle,
    },
    options.pageFile,
  )
  return { html: page.html, diagnostics: [...diagnostics, ...page.diagnostics] }
}

/** Named references (`&lt;`, `&amp;`) read better in the source than hex ones. */
function stringify(tree: Nodes): string {
  return toHtml(tree, { characterReferences: { useNamedReferences: true } })
}
