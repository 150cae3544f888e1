import Handlebars from 'handlebars'
import type { Diagnostic } from '../../diagnostics/index.js'

/** What templates/<name>/page.html can use. Strings are HTML-escaped by Handlebars unless tripled. */
export interface PageView {
  title: string
  board: string
  municipality: string
  year: number
  date: string
  subtitle: string | undefined
  adopted: string | undefined
  keywords: string
  tocTitle: string
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
