import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatDiagnostic, hasErrors, VplanError, EXIT } from '../diagnostics/index.js'
import { loadPlan } from '../load/index.js'
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
  for (const dir of dirs) {
    const started = performance.now()
    const shown = path.relative(process.cwd(), dir) || dir
    const loaded = await loadPlan(dir).catch((error: unknown) => {
      if (error instanceof VplanError && error.kind === 'input') {
        error.diagnostics.forEach((d) => process.stderr.write(formatDiagnostic(d) + '\n'))
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
    const composedFile = path.join(outDir, `${loaded.id}.md`)
    const result = await buildPlan({ loaded, templates: await templates.get(name)!, formats, fragment: values.fragment, composedFile })
    result.diagnostics.forEach((d) => process.stderr.write(formatDiagnostic(d) + '\n'))
    if (hasErrors(result.diagnostics)) {
      failed = true
      process.stderr.write(`${shown}: not built (the previous output is kept)\n`)
      continue
    }
    const files = Object.entries(result.outputs).map(([format, content]) => ({
      file: path.join(outDir, loaded.id + EXTENSIONS[format as Format | 'fragment']),
      content: content!,
    }))
    await writeAllAtomic(files)
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    process.stderr.write(`${shown} → ${files.map((f) => f.file).join(', ')} (${seconds} s)\n`)
  }
  return failed ? EXIT.input : EXIT.ok
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
