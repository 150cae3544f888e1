import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { VplanError, EXIT } from '../diagnostics/index.js'
import { FORMATS, type Format } from '../pipeline/build-plan.js'
import { createTemplateResolver, type TemplateResolver } from '../pipeline/resolve-templates.js'
import { buildPlanDir, buildStale, checkPlanDir, type BuildOptions, type PlanBuildReport } from './build-plan-dir.js'
import { buildInPool } from './build-pool.js'
import { codeIdentity } from './code-identity.js'
import { findPlanDirs } from './plan-dirs.js'

/**
 * `vplan build`: every plan folder given (default: all of plans/), each into the output folder.
 * A plan whose last build is still good is not built again (build-plan-dir.ts); several plans are
 * spread over a pool of threads, one per two cores unless `--jobs` says otherwise.
 */
export async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  const options: BuildOptions = {
    outDir: values.out ?? 'out',
    formats: parseFormats(values.format),
    fragment: values.fragment,
    force: values.force,
    code: codeIdentity(),
  }
  const dirs = await findPlanDirs(positionals)
  const threads = Math.min(parseJobs(values.jobs), dirs.length)
  let failed = false
  // Exit 2 wins over 1: a plan that could not be written is the machine's problem, not the plan's.
  let environmentFailed = false
  const show = (report: PlanBuildReport) => {
    for (const line of report.lines) process.stderr.write(`${line}\n`)
    if (report.outcome === 'input') failed = true
    if (report.outcome === 'environment') environmentFailed = true
  }
  // A set is read once per build for every plan that uses it; an unknown name is shown at each
  // plan's own `template:` line.
  const templates = createTemplateResolver()
  if (threads <= 1) {
    for (const dir of dirs) show(await buildPlanDir(dir, options, templates))
  } else {
    await buildStaleInPool(dirs, options, threads, templates, show)
  }
  return environmentFailed ? EXIT.internal : failed ? EXIT.input : EXIT.ok
}

/**
 * Several plans: which need building is decided here first (a fingerprint of files costs little
 * next to a build), so an unchanged municipality costs no thread start-up and one changed plan is
 * built here, as fast as alone. Only when there are at least two stale plans per thread do they
 * go to the pool. Reports are shown in the plans' order.
 */
async function buildStaleInPool(dirs: readonly string[], options: BuildOptions, threads: number, templates: TemplateResolver, show: (report: PlanBuildReport) => void): Promise<void> {
  const checked = await Promise.all(dirs.map((dir) => checkPlanDir(dir, options, templates)))
  const stale = checked.flatMap((result, index) => ('report' in result ? [] : [index]))
  // Each thread pays the engine's warm-up again (about 1.4 s here): with fewer than two plans per
  // thread that does not pay off, and one warm thread is quicker (docs/bench.md).
  if (stale.length < 2 * threads) {
    for (const result of checked) show('report' in result ? result.report : await buildStale(result, options))
    return
  }
  const reports: (PlanBuildReport | undefined)[] = checked.map((result) => ('report' in result ? result.report : undefined))
  let shown = 0
  const flush = () => {
    while (shown < reports.length && reports[shown]) show(reports[shown++]!)
  }
  flush()
  // A thread reads its plan again: a loaded plan holds functions and cannot cross threads.
  const built = stale.map((index) => dirs[index]!)
  await buildInPool(built, { ...options, force: true }, threads, (report, i) => {
    reports[stale[i]!] = report
    flush()
  })
}

/**
 * Threads for several plans. One build already keeps about 1.4 cores busy (V8 compiles and
 * collects garbage on threads of its own), so by default one thread per two cores: on 2 cores
 * a pool of two took 14.2 s for 15 plans against 12.1 s on one thread (bench/results.md).
 * Each thread also costs its own start-up and memory.
 */
function parseJobs(option: string | undefined): number {
  if (option === undefined) return Math.max(1, Math.floor(availableParallelism() / 2))
  const jobs = Number(option)
  if (!Number.isInteger(jobs) || jobs < 1) throw new VplanError('usage', `--jobs takes a whole number of threads, 1 or more (got '${option}')`)
  return jobs
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        fragment: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
      },
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
