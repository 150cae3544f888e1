import path from 'node:path'
import { hasErrors, VplanError, type Diagnostic } from '../diagnostics/index.js'
import type { TemplateSet } from '../compose/index.js'
import { displayPath, type LoadedPlan } from '../load/index.js'
import type { BuildRequest, BuildResult } from '../pipeline/build-plan.js'
import type { TemplateResolver } from '../pipeline/resolve-templates.js'

/** What the preview serves: the last good documents, and the problems of the last attempt. */
export interface PreviewState {
  id: string
  /** Bumped by every good HTML build; the page compares it with the version it was served with. */
  version: number
  html?: string
  md?: string
  pdf?: Uint8Array
  /** Why the last PDF render failed, when it did. */
  pdfError?: string
  /** Errors of the last attempt; empty while the plan builds. */
  problems: Diagnostic[]
}

export type PreviewEvent =
  | { type: 'html'; version: number; ms: number; warnings: Diagnostic[] }
  | { type: 'pdf'; version: number; ms: number }
  | { type: 'problems'; diagnostics: Diagnostic[] }
  | { type: 'pdf-failed'; message: string }

export interface PdfInput {
  loaded: LoadedPlan
  templates: TemplateSet
  templatesGeneration: number
  composedFile: string
}

/** The pipeline, injected so the rebuild logic can be tested without files or renderers. */
export interface RebuildDeps {
  planDir: string
  loadPlan(dir: string): Promise<LoadedPlan>
  /** Reads a plan's templates once and keeps them until `forget`. */
  templates: TemplateResolver
  /** Derive, compose and render the HTML and Markdown (buildPlan). */
  build(request: BuildRequest): Promise<BuildResult>
  /** The PDF of a plan that just built; `templatesGeneration` changes whenever the templates were reloaded. */
  renderPdf(input: PdfInput): Promise<Uint8Array>
  /** Whether a changed file belongs to a template (so the compiled templates must be dropped). */
  isTemplateFile(file: string): boolean
  publish(event: PreviewEvent): void
  now?: () => number
}

export interface Rebuilder {
  readonly state: PreviewState
  /** The template currently used, so the watcher can follow a change of `meta.template`. */
  readonly templateName: string | undefined
  /** HTML (and Markdown) now; the PDF follows in the background. */
  rebuild(changed: ReadonlySet<string>): Promise<void>
  /** Resolves when no PDF is being rendered. */
  pdfIdle(): Promise<void>
  dispose(): void
}

/**
 * Keeps the warm parts between rebuilds: the TemplateSet object (compose caches the compiled
 * Handlebars templates per object, so it is replaced only when a template file changed) and, by
 * living as long as the server, the renderer modules loaded by the first build. The PDF comes
 * after the HTML and never holds it up: a newer save makes a PDF in progress obsolete.
 */
export function createRebuilder(deps: RebuildDeps): Rebuilder {
  const now = deps.now ?? (() => performance.now())
  const state: PreviewState = { id: path.basename(path.resolve(deps.planDir)), version: 0, problems: [] }
  let templates: TemplateSet | undefined
  let templatesGeneration = 0
  let lastGood: PdfInput | undefined
  let pdfWanted = false
  let pdfRunning: Promise<void> | undefined
  let disposed = false

  const fail = (diagnostics: Diagnostic[]) => {
    state.problems = diagnostics
    deps.publish({ type: 'problems', diagnostics })
  }

  const renderPdfLoop = async () => {
    while (pdfWanted && lastGood && !disposed) {
      pdfWanted = false
      const version = state.version
      const started = now()
      try {
        const pdf = await deps.renderPdf(lastGood)
        // A newer HTML build asked for a newer PDF meanwhile: this one is already out of date.
        if (disposed || version !== state.version) continue
        state.pdf = pdf
        state.pdfError = undefined
        deps.publish({ type: 'pdf', version, ms: Math.round(now() - started) })
      } catch (error) {
        if (disposed) return
        state.pdfError = messageOf(error)
        deps.publish({ type: 'pdf-failed', message: state.pdfError })
      }
    }
  }

  const requestPdf = () => {
    pdfWanted = true
    pdfRunning ??= renderPdfLoop().finally(() => {
      pdfRunning = undefined
    })
  }

  return {
    state,
    get templateName() {
      return templates?.name
    },
    async rebuild(changed) {
      if (disposed) return
      const started = now()
      let loaded: LoadedPlan
      try {
        loaded = await deps.loadPlan(deps.planDir)
      } catch (error) {
        return fail(diagnosticsOf(error, displayPath(path.join(deps.planDir, 'plan.yaml'))))
      }
      if ([...changed].some((file) => deps.isTemplateFile(file))) deps.templates.forget()
      try {
        const set = await deps.templates.resolve(loaded)
        if (set !== templates) templatesGeneration += 1
        templates = set
      } catch (error) {
        templates = undefined
        // An unknown or unreadable template is reported at `template:` in plan.yaml.
        return fail(diagnosticsOf(error, loaded.planFile, loaded.locate(['meta', 'template'])))
      }
      let result: BuildResult
      try {
        result = await deps.build({ loaded, templates, formats: ['html', 'md'], composedFile: composedFile(state.id) })
      } catch (error) {
        return fail(diagnosticsOf(error, loaded.planFile))
      }
      if (hasErrors(result.diagnostics) || typeof result.outputs.html !== 'string') {
        return fail(result.diagnostics.filter((d) => d.severity === 'error'))
      }
      if (disposed) return
      state.html = result.outputs.html
      state.md = typeof result.outputs.md === 'string' ? result.outputs.md : undefined
      state.version += 1
      state.problems = []
      lastGood = { loaded, templates, templatesGeneration, composedFile: composedFile(state.id) }
      deps.publish({ type: 'html', version: state.version, ms: Math.round(now() - started), warnings: result.diagnostics })
      requestPdf()
    },
    async pdfIdle() {
      while (pdfRunning) await pdfRunning
    },
    dispose() {
      disposed = true
    },
  }
}

/** Positions in generated text point into the Markdown the preview serves at /<id>.md. */
export function composedFile(id: string): string {
  return `${id}.md`
}

/** Input errors carry their diagnostics; anything else becomes one diagnostic so the overlay can show it. */
export function diagnosticsOf(error: unknown, file: string, at = { line: 1, column: 1 }): Diagnostic[] {
  if (error instanceof VplanError && error.diagnostics.length > 0) return error.diagnostics
  const ruleId = error instanceof VplanError ? `${error.kind}-error` : 'internal-error'
  return [{ file, line: at.line, column: at.column, severity: 'error', ruleId, message: messageOf(error) }]
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
