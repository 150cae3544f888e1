import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatDiagnostic, hasErrors, oneLine, VplanError, EXIT, type Diagnostic } from '../diagnostics/index.js'
import { displayPath, loadPlan } from '../load/index.js'
import { buildPlan, FORMATS, type Format } from '../pipeline/build-plan.js'
import { createTemplateResolver } from '../pipeline/resolve-templates.js'
import { writeAllAtomic } from '../write/write-atomic.js'
import { findPlanDirs } from './plan-dirs.js'

const EXTENSIONS: Record<Format | 'fragment', string> = { pdf: '.pdf', html: '.html', md: '.md', fragment: '.fragment.html' }

export async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  const formats = parseFormats(values.format)
  const outDir = values.out ?? 'out'
  const dirs = await findPlanDirs(positionals)
  // A set is read once per build for every plan that uses it; an unknown name is shown at each
  // plan's own `template:` line.
  const templates = createTemplateResolver()
  let failed = false
  // Exit 2 wins over 1: a plan that could not be written is the machine's problem, not the plan's.
  let environmentFailed = false
  for (const dir of dirs) {
    const started = performance.now()
    const shown = oneLine(displayPath(dir))
    const loaded = await loadPlan(dir).catch(printInputProblem)
    if (!loaded) {
      failed = true
      process.stderr.write(`${shown}: not built (the previous output is kept)\n`)
      continue
    }
    const templateSet = await templates.resolve(loaded).catch(printInputProblem)
    if (!templateSet) {
      failed = true
      process.stderr.write(`${shown}: not built (the previous output is kept)\n`)
      continue
    }
    const composedFile = path.join(outDir, `${loaded.id}.md`)
    const result = await buildPlan({ loaded, templates: templateSet, formats, fragment: values.fragment, composedFile })
    result.diagnostics.forEach((d) => printDiagnostic(d))
    if (hasErrors(result.diagnostics)) {
      failed = true
      process.stderr.write(`${shown}: not built (the previous output is kept)\n`)
      continue
    }
    const files = Object.entries(result.outputs).map(([format, content]) => ({
      file: path.join(outDir, loaded.id + EXTENSIONS[format as Format | 'fragment']),
      content: content!,
    }))
    try {
      await writeAllAtomic(files)
    } catch (error) {
      // A read-only or full out/ is reported like a plan problem (one positioned line) and the
      // other plans are still built; the exit code says it was the environment.
      if (!(error instanceof VplanError && error.kind === 'environment' && error.diagnostics.length > 0)) throw error
      error.diagnostics.forEach((d) => printDiagnostic(d))
      environmentFailed = true
      process.stderr.write(`${shown}: not built (the previous output is kept)\n`)
      continue
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    process.stderr.write(`${shown} → ${files.map((f) => oneLine(f.file)).join(', ')} (${seconds} s)\n`)
  }
  return environmentFailed ? EXIT.internal : failed ? EXIT.input : EXIT.ok
}

/** The user's input is at fault: its diagnostics are printed and the plan is not built (undefined). */
function printInputProblem(error: unknown): undefined {
  if (!(error instanceof VplanError) || error.kind !== 'input') throw error
  error.diagnostics.forEach((d) => printDiagnostic(d))
  if (error.diagnostics.length === 0) process.stderr.write(`vplan: ${oneLine(error.message)}\n`)
  return undefined
}

/** formatDiagnostic keeps each diagnostic on its one line (see there). */
function printDiagnostic(d: Diagnostic): void {
  process.stderr.write(formatDiagnostic(d) + '\n')
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, fragment: { type: 'boolean', default: false } },
    })
  } catch (error) {
    throw new VplanError('usage', (error as Error).message)
  }
}

function parseFormats(option: string | undefined): Format[] {
  if (option === undefined) return [...FORMATS]
  const formats = option.split(',').map((f) => f.trim()).filter(Boolean)
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format))
  if (unknown.length > 0 || formats.length === 0) {
    throw new VplanError('usage', `--format takes a comma-separated list of ${FORMATS.join(', ')} (got '${option}')`)
  }
  return formats as Format[]
}
