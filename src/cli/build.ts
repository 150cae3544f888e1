import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatDiagnostic, hasErrors, VplanError, EXIT, type Diagnostic } from '../diagnostics/index.js'
import { displayPath, loadPlan, type LoadedPlan } from '../load/index.js'
import { buildPlan, FORMATS, type Format } from '../pipeline/build-plan.js'
import { loadTemplateSet } from '../templates/load-template-set.js'
import type { TemplateSet } from '../compose/index.js'
import { writeAllAtomic } from '../write/write-atomic.js'
import { findPlanDirs } from './plan-dirs.js'

const EXTENSIONS: Record<Format | 'fragment', string> = { pdf: '.pdf', html: '.html', md: '.md', fragment: '.fragment.html' }

export async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  const formats = parseFormats(values.format)
  const outDir = values.out ?? 'out'
  const dirs = await findPlanDirs(positionals)
  const templates = new Map<string, Promise<TemplateSet>>()
  let failed = false
  // Exit 2 wins over 1: a plan that could not be written is the machine's problem, not the plan's.
  let environmentFailed = false
  for (const dir of dirs) {
    const started = performance.now()
    const shown = displayPath(dir)
    const loaded = await loadPlan(dir).catch((error: unknown) => {
      if (error instanceof VplanError && error.kind === 'input') {
        error.diagnostics.forEach((d) => printDiagnostic(d))
        return undefined
      }
      throw error
    })
    if (!loaded) {
      failed = true
      process.stderr.write(`${shown}: not built (the previous output is kept)\n`)
      continue
    }
    const name = loaded.plan.meta.template
    if (!templates.has(name)) templates.set(name, loadTemplateSet(name))
    const templateSet = await templates.get(name)!.catch((error: unknown) => templateProblem(error, loaded))
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
    process.stderr.write(`${shown} → ${files.map((f) => f.file).join(', ')} (${seconds} s)\n`)
  }
  return environmentFailed ? EXIT.internal : failed ? EXIT.input : EXIT.ok
}

/**
 * A template that cannot be loaded: an unknown name is the plan's mistake, shown at `template:`
 * in plan.yaml; anything else (a broken template.json) is printed as it is. Undefined = not built.
 */
function templateProblem(error: unknown, loaded: LoadedPlan): undefined {
  if (!(error instanceof VplanError) || error.kind !== 'input') throw error
  const json = /^(.+?): not valid JSON: (.*)$/.exec(error.message)
  const at: Diagnostic = json
    ? { file: json[1]!, ...jsonPosition(json[1]!, json[2]!), severity: 'error', ruleId: 'template-json', message: `not valid JSON: ${json[2]!}` }
    : { file: loaded.planFile, ...loaded.locate(['meta', 'template']), severity: 'error', ruleId: 'unknown-template', message: error.message }
  const diagnostics = error.diagnostics.length > 0 ? error.diagnostics : [at]
  diagnostics.forEach((d) => printDiagnostic(d))
  return undefined
}

/**
 * One diagnostic, one line: tools (editors' problem matchers, CI) read stderr line by line, and a
 * message that quotes content (a link target with a newline or tab in it, an escape sequence)
 * must neither break the line nor drive the terminal. Such characters are shown escaped.
 */
function printDiagnostic(d: Diagnostic): void {
  process.stderr.write(formatDiagnostic({ ...d, file: oneLine(d.file), message: oneLine(d.message) }) + '\n')
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`)
}

/** Node's JSON.parse says "at position N"; editors want a line and column. */
function jsonPosition(file: string, detail: string): { line: number; column: number } {
  const offset = Number(/at position (\d+)/.exec(detail)?.[1])
  if (!Number.isInteger(offset)) return { line: 1, column: 1 }
  try {
    const before = readFileSync(file, 'utf8').slice(0, offset)
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
  } catch {
    return { line: 1, column: 1 }
  }
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
