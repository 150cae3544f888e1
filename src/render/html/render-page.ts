import Handlebars from 'handlebars'
import type { Diagnostic } from '../../diagnostics/index.js'
import type { DocumentFact } from '../meta/document-facts.js'

/** What templates/<name>/page.html can use. Strings are HTML-escaped by Handlebars unless tripled. */
export interface PageView {
  /** The plan's title, as the header's h1 shows it. */
  title: string
  /** The title the page is known by in a browser tab or a search hit: it names board and municipality (documentTitle). */
  pageTitle: string
  /** For `<meta name="description">`: stated, or built from stated facts (describePlan). */
  description: string
  board: string
  municipality: string
  year: number
  /** The document's date as stated (ÅÅÅÅ-MM-DD or ÅÅÅÅ-MM), for `<time datetime>`; undefined when the plan states none. */
  date: string | undefined
  /** The same date in Swedish, no more exact: "1 december 2023", "december 2023". */
  dateText: string | undefined
  /** The line under the title: the subtitle, or the board (coverSubtitle). */
  subtitle: string
  adopted: string | undefined
  /** The document's particulars (Diarienummer, Beslutad av …), only those the plan states; for a `<dl>`. */
  facts: DocumentFact[]
  /** The download link of the PDF built alongside; undefined when this build makes no PDF. */
  pdf: { href: string; text: string } | undefined
  keywords: string
  tocTitle: string
  /** The page embeds images: its CSP then allows `img-src data:` (and nothing more). */
  images: boolean
  /** The logo (meta.logo or the template's) as a data: URI with its size; the alt text is `municipality`. */
  logo: { src: string; width: number; height: number } | undefined
  /** Trusted markup built by vplan: insert with `{{{ }}}`. */
  css: string
  toc: string
  content: string
  mainId: string
  tocTitleId: string
}

type Layout = Handlebars.TemplateDelegate<PageView>

/** Own Handlebars environment: helpers registered elsewhere (compose) cannot leak into the page. */
const handlebars = Handlebars.create()
/** Compiled layouts keyed by their text; `vplan serve` re-renders often with the same layout. Small: an edited layout is a new key. */
const layouts = new Map<string, Layout>()
const MAX_LAYOUTS = 8

export function renderPage(text: string, view: PageView, file = 'page.html'): { html: string; diagnostics: Diagnostic[] } {
  if (text.trim() === '') return failure(file, 1, 'Sidmallen saknas eller är tom (templates/default/page.html).')
  try {
    return { html: compiled(text)(view), diagnostics: [] }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const line = Number(/line (\d+)/i.exec(message)?.[1] ?? 1)
    return failure(file, line, `Sidmallen kan inte användas: ${message.split('\n')[0]}`)
  }
}

function failure(file: string, line: number, message: string): { html: string; diagnostics: Diagnostic[] } {
  return { html: '', diagnostics: [{ file, line, column: 1, severity: 'error', ruleId: 'page-template', message }] }
}

function compiled(text: string): Layout {
  let layout = layouts.get(text)
  if (!layout) {
    // strict: a misspelt field in a layout is an error rather than an empty spot on the page.
    layout = handlebars.compile<PageView>(text, { strict: true, knownHelpersOnly: true })
    if (layouts.size >= MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!)
    layouts.set(text, layout)
  }
  return layout
}

/** A stylesheet inside `<style>` ends at the first `</style`; a template's CSS must not end it early. */
export function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1')
}
