import type { Diagnostic } from '../diagnostics/index.js'
import { hasErrors } from '../diagnostics/index.js'
import { composeDocument, type TemplateSet } from '../compose/index.js'
import { derivePlan } from '../derive/index.js'
import { collectCharts, drawCharts } from '../chart/index.js'
import { parseDocument, type PlanDocument } from '../document/index.js'
import { locatePathDiagnostics, type LoadedPlan } from '../load/index.js'

export type Format = 'pdf' | 'html' | 'md'
export const FORMATS: readonly Format[] = ['pdf', 'html', 'md']

export interface BuildRequest {
  loaded: LoadedPlan
  templates: TemplateSet
  formats: readonly Format[]
  /** Also render the HTML as a CMS fragment. */
  fragment?: boolean
  /** Display path of the composed Markdown (out/<id>.md), for positions in generated text. */
  composedFile: string
}

export interface BuildResult {
  outputs: Partial<Record<Format | 'fragment', string | Uint8Array>>
  diagnostics: Diagnostic[]
}

/**
 * Plan in, documents out: derive → compose → parse → render. No file is read or written here.
 * The loader refuses text nested too deeply to parse or lay out (src/load/limits.ts); should some
 * other shape still exhaust the stack of a recursive stage, the user gets a diagnostic rather than
 * an internal error.
 */
export async function buildPlan(request: BuildRequest): Promise<BuildResult> {
  try {
    return await runStages(request)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    const diagnostic: Diagnostic = {
      file: request.loaded.planFile,
      line: 1,
      column: 1,
      severity: 'error',
      ruleId: 'too-complex',
      message: `the document is too complex to render (${error.message}): look for text nested very deeply (quotes, lists, emphasis)`,
    }
    return { outputs: {}, diagnostics: [...request.loaded.warnings, diagnostic] }
  }
}

async function runStages(request: BuildRequest): Promise<BuildResult> {
  const { loaded, templates } = request
  const derived = derivePlan(loaded.plan)
  // The template's logo warnings only matter when the plan shows that logo rather than its own.
  const logoWarnings = loaded.logo ? [] : (templates.logoWarnings ?? [])
  const charts = collectCharts(loaded.plan)
  const diagnostics: Diagnostic[] = [...loaded.warnings, ...logoWarnings, ...locatePathDiagnostics(loaded, [...derived.diagnostics, ...charts.diagnostics])]
  if (hasErrors(diagnostics)) return { outputs: {}, diagnostics }
  const composed = composeDocument({
    plan: loaded.plan,
    narratives: loaded.narratives,
    derived: derived.derived,
    charts: charts.charts,
    templates,
    composedFile: request.composedFile,
  })
  diagnostics.push(...composed.diagnostics)
  if (hasErrors(diagnostics)) return { outputs: {}, diagnostics }
  const outputs: BuildResult['outputs'] = {}
  if (request.formats.includes('md')) outputs.md = composed.markdown
  // Only the renderers read the tree: a Markdown-only build skips the parse.
  if (!request.fragment && !request.formats.some((format) => format !== 'md')) return { outputs, diagnostics: dedupe(diagnostics) }
  const doc: PlanDocument = {
    ...parseDocument(composed.markdown, loaded.plan.meta, templates.layout),
    origin: composed.origin,
    images: loaded.images,
    charts: charts.charts.length > 0 ? await drawCharts(charts.charts, (await import('../render/pdf/fonts.js')).loadFonts().measure) : undefined,
    logo: loaded.logo ?? templates.logo,
  }
  // The PDF is made first so the page can link it with its size; its diagnostics still come after
  // the HTML's, whose Swedish wording dedupe() keeps.
  const pdf = request.formats.includes('pdf') ? await (await import('../render/pdf/index.js')).renderPdf(doc, { style: templates.pdfStyle }) : undefined
  if (request.formats.includes('html') || request.fragment) {
    const { renderHtml } = await import('../render/html/index.js')
    if (request.formats.includes('html')) {
      const alongside = pdf ? { file: `${loaded.id}.pdf`, bytes: pdf.bytes.byteLength } : undefined
      const page = renderHtml(doc, { css: templates.css, figureCss: templates.figureCss, page: templates.page, pdf: alongside })
      outputs.html = page.html
      diagnostics.push(...page.diagnostics)
    }
    if (request.fragment) outputs.fragment = renderHtml(doc, { css: templates.css, figureCss: templates.figureCss, page: templates.page, fragment: true }).html
  }
  if (pdf) {
    outputs.pdf = pdf.bytes
    diagnostics.push(...pdf.diagnostics)
  }
  return { outputs, diagnostics: dedupe(diagnostics) }
}

/**
 * The HTML and PDF renderers report the same narrative problem once each; the user needs it once.
 * Their wording differs (the HTML renderer's is Swedish), so the rule and the position decide,
 * and the first report (the HTML renderer's) is kept.
 */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.ruleId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
