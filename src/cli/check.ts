import { parseArgs } from 'node:util'
import { formatDiagnostic, hasErrors, oneLine, VplanError, type Diagnostic } from '../diagnostics/index.js'
import { derivePlan } from '../derive/index.js'
import { collectCharts } from '../chart/index.js'
import { displayPath, loadPlan, locatePathDiagnostics } from '../load/index.js'
import { findPlanDirs } from './plan-dirs.js'

const USAGE = 'usage: vplan check [PLAN_DIR...]'

/**
 * `vplan check`: loads and derives every plan, prints every diagnostic to stderr and one line per
 * plan that has no errors. Goes on after a broken plan so one run shows everything.
 */
export async function runCheck(args: string[]): Promise<number> {
  const { positionals, help } = parseCheckArgs(args)
  if (help) {
    process.stdout.write(`${USAGE}\n\nValidates plans (default: every plans/<id>/ with a plan.yaml).\n`)
    return 0
  }
  let failed = false
  for (const dir of await findPlanDirs(positionals)) {
    const diagnostics = await checkPlan(dir)
    for (const d of diagnostics) process.stderr.write(formatDiagnostic(d) + '\n')
    if (hasErrors(diagnostics)) {
      failed = true
      continue
    }
    const warnings = diagnostics.length
    const note = warnings === 0 ? '' : `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
    process.stderr.write(`${oneLine(displayPath(dir))}: ok${note}\n`)
  }
  return failed ? 1 : 0
}

async function checkPlan(dir: string): Promise<Diagnostic[]> {
  try {
    const loaded = await loadPlan(dir)
    const { diagnostics } = derivePlan(loaded.plan)
    const charts = collectCharts(loaded.plan)
    return [...loaded.warnings, ...locatePathDiagnostics(loaded, [...diagnostics, ...charts.diagnostics])]
  } catch (error) {
    if (error instanceof VplanError && error.kind === 'input') return error.diagnostics
    throw error
  }
}

function parseCheckArgs(args: string[]): { positionals: string[]; help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' } },
    })
    return { positionals, help: values.help === true }
  } catch (error) {
    // node's own wording ("To specify a positional argument starting with a '-' ...") is for programmers.
    const message = error instanceof Error ? error.message : String(error)
    const option = /^Unknown option '([^']+)'/.exec(message)?.[1]
    throw new VplanError('usage', `${option ? `unknown option '${option}'` : message}\n${USAGE}`)
  }
}
