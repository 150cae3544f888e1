import path from 'node:path'
import { formatDiagnostic, hasErrors, oneLine, VplanError } from '../diagnostics/index.js'
import { displayPath, fingerprintInputs, loadPlan, templateRoots, type LoadedPlan } from '../load/index.js'
import type { TemplateSet } from '../model/index.js'
import { buildPlan, type Format } from '../pipeline/build-plan.js'
import type { TemplateResolver } from '../pipeline/resolve-templates.js'
import { describeManifest, findUpToDate, manifestFile } from '../write/build-manifest.js'
import { writeAllAtomic } from '../write/write-atomic.js'

const EXTENSIONS: Record<Format | 'fragment', string> = { pdf: '.pdf', html: '.html', md: '.md', fragment: '.fragment.html' }

export interface BuildOptions {
  outDir: string
  formats: readonly Format[]
  fragment: boolean
  /** Build even when the last build's outputs are still good. */
  force: boolean
  /** vplan's own identity, for the fingerprint (code-identity.ts). */
  code: string
}

/** `built` and `current` succeeded; `input` is the plan's fault; `environment` the machine's (out/ not writable). */
export type Outcome = 'built' | 'current' | 'input' | 'environment'

/** One plan's build, as lines for the terminal: a worker thread reports them to the main thread. */
export interface PlanBuildReport {
  lines: string[]
  outcome: Outcome
}

/**
 * Builds one plan folder into the output folder, unless its last build is still good: the same
 * fingerprint of every input, and every output there with the bytes that build wrote. Then its
 * diagnostics are shown again and nothing is written. A failed build writes nothing, so the last
 * good output stays. Plan problems become lines of the report; anything else is thrown.
 */
export async function buildPlanDir(dir: string, options: BuildOptions, templates: TemplateResolver): Promise<PlanBuildReport> {
  const checked = await checkPlanDir(dir, options, templates)
  return 'report' in checked ? checked.report : buildStale(checked, options)
}

/** A plan read and fingerprinted that must be built. */
export interface StalePlan {
  started: number
  shown: string
  lines: string[]
  loaded: LoadedPlan
  templateSet: TemplateSet
  fingerprint: string
}

/**
 * Decides whether a plan must be built: a report when it need not (its inputs' fingerprint and its
 * outputs are those of its last build, or it cannot be read), else the plan read and ready to
 * build. An up-to-date plan is not even read: the fingerprint is of the files themselves, so
 * `vplan build` can ask this of every plan of a municipality in a moment.
 */
export async function checkPlanDir(dir: string, options: BuildOptions, templates: TemplateResolver): Promise<{ report: PlanBuildReport } | StalePlan> {
  const started = performance.now()
  const lines: string[] = []
  const shown = oneLine(displayPath(dir))
  // The plan's id is its folder's name, so what it would write is known before it is read.
  const id = path.basename(path.resolve(dir))
  const targets = targetsOf(id, options)
  const salt = JSON.stringify({ code: options.code, formats: [...options.formats].sort(), fragment: options.fragment, dir: shown, out: options.outDir })
  const fingerprint = await fingerprintInputs({ planDir: dir, templateRoots: templateRoots(), salt })
  const current = options.force ? undefined : await findUpToDate(options.outDir, id, fingerprint, targets)
  if (current) {
    lines.push(...current.diagnostics.map(formatDiagnostic))
    lines.push(`${shown}: up to date (${targets.map(oneLine).join(', ')}; --force rebuilds)`)
    return { report: { lines, outcome: 'current' } }
  }
  const loaded = await loadPlan(dir).catch((error: unknown) => inputProblem(error, lines))
  if (!loaded) return { report: notBuilt(shown, lines, 'input') }
  const templateSet = await templates.resolve(loaded).catch((error: unknown) => inputProblem(error, lines))
  if (!templateSet) return { report: notBuilt(shown, lines, 'input') }
  return { started, shown, lines, loaded, templateSet, fingerprint }
}

/** Builds a plan checkPlanDir found stale and writes its outputs with their manifest. */
export async function buildStale(stale: StalePlan, options: BuildOptions): Promise<PlanBuildReport> {
  const { loaded, lines, shown } = stale
  const composedFile = path.join(options.outDir, `${loaded.id}.md`)
  const result = await buildPlan({ loaded, templates: stale.templateSet, formats: options.formats, fragment: options.fragment, composedFile })
  lines.push(...result.diagnostics.map(formatDiagnostic))
  if (hasErrors(result.diagnostics)) return notBuilt(shown, lines, 'input')
  const files = Object.entries(result.outputs).map(([format, content]) => ({ file: path.join(options.outDir, loaded.id + EXTENSIONS[format as Format | 'fragment']), content: content! }))
  // The manifest goes last: it is renamed into place only once every output is.
  const manifest = { file: manifestFile(options.outDir, loaded.id), content: describeManifest(stale.fingerprint, files, result.diagnostics) }
  try {
    await writeAllAtomic([...files, manifest])
  } catch (error) {
    // A read-only or full out/ is reported like a plan problem (one positioned line) and the
    // other plans are still built; the exit code says it was the environment.
    if (!(error instanceof VplanError && error.kind === 'environment' && error.diagnostics.length > 0)) throw error
    lines.push(...error.diagnostics.map(formatDiagnostic))
    return notBuilt(shown, lines, 'environment')
  }
  const seconds = ((performance.now() - stale.started) / 1000).toFixed(2)
  lines.push(`${shown} → ${files.map((f) => oneLine(f.file)).join(', ')} (${seconds} s)`)
  return { lines, outcome: 'built' }
}

function targetsOf(id: string, options: BuildOptions): string[] {
  const formats = [...options.formats, ...(options.fragment ? (['fragment'] as const) : [])]
  return formats.map((format) => path.join(options.outDir, id + EXTENSIONS[format]))
}

function notBuilt(shown: string, lines: string[], outcome: Outcome): PlanBuildReport {
  return { lines: [...lines, `${shown}: not built (the previous output is kept)`], outcome }
}

/** The user's input is at fault: its diagnostics become lines and the plan is not built (undefined). */
function inputProblem(error: unknown, lines: string[]): undefined {
  if (!(error instanceof VplanError) || error.kind !== 'input') throw error
  lines.push(...error.diagnostics.map(formatDiagnostic))
  if (error.diagnostics.length === 0) lines.push(`vplan: ${oneLine(error.message)}`)
  return undefined
}
