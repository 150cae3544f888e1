import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { VplanError } from '../diagnostics/index.js'
import { chooseStyle, diffPlans, listPlanFacts, PLAIN, readPlanText, renderHtml, renderJson, renderText, snapshotOf, type PlanDiff, type PlanSnapshot } from '../diff/index.js'
import { loadPlan, loadPlanAtRevision, type LoadedPlan } from '../load/index.js'
import { writeAtomic } from '../write/write-atomic.js'
import { runGitDriver } from './git-driver.js'

const USAGE = `Usage:
  vplan diff OLD_DIR NEW_DIR [--format text|json|html] [--out FILE]
  vplan diff --git REV [PLAN_DIR] [--format text|json|html] [--out FILE]
  vplan diff --textconv PLAN_YAML          (git textconv: one line per fact)
  vplan diff --git-driver PATH OLD_FILE OLD_HEX OLD_MODE NEW_FILE NEW_HEX NEW_MODE

Exit codes: 0 the drafts are equal, 1 they differ, 2 trouble (usage, a broken plan, git).`

const FORMATS = ['text', 'json', 'html'] as const
type Format = (typeof FORMATS)[number]

/** `vplan diff`: returns 0 equal / 1 different like diff(1); errors are thrown for main.ts. */
export async function runDiff(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (values.textconv) return printFacts(positionals)
  if (values['git-driver']) {
    process.stdout.write(await runGitDriver(positionals, chooseStyle(process.stdout, process.env)))
    return 0 // git stops at a driver's non-zero exit, so a difference is not an error here
  }
  const format = parseFormat(values.format)
  const [before, after] = await loadDrafts(values.git, positionals)
  const diff = diffPlans(before, after)
  await writeReport(await render(diff, format, { old: before, new: after }, values.out === undefined), values.out)
  return diff.equal ? 0 : 1
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        git: { type: 'string' },
        'git-driver': { type: 'boolean' },
        textconv: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw usage((error as Error).message)
  }
}

function parseFormat(format: string | undefined): Format {
  if (format === undefined) return 'text'
  if ((FORMATS as readonly string[]).includes(format)) return format as Format
  throw usage(`unknown --format '${format}' (text, json or html)`)
}

async function loadDrafts(rev: string | undefined, positionals: string[]): Promise<[PlanSnapshot, PlanSnapshot]> {
  if (rev !== undefined) {
    if (positionals.length > 1) throw usage('--git REV takes one plan folder')
    const dir = positionals[0] ?? '.'
    const [before, after] = await loadBoth(() => loadPlanAtRevision(rev, dir), () => loadPlan(dir))
    return [snapshotOf(before), snapshotOf(after)]
  }
  if (positionals.length !== 2) throw usage('expected two plan folders: vplan diff OLD_DIR NEW_DIR')
  const [before, after] = await loadBoth(() => loadPlan(positionals[0]!), () => loadPlan(positionals[1]!))
  return [snapshotOf(before), snapshotOf(after)]
}

/**
 * Loads both drafts so a reader sees the problems of both at once. A broken plan is trouble
 * (exit 2), not a difference: exit 1 must keep meaning "the drafts differ", as with diff(1),
 * so input errors travel on as 'usage' errors that keep their diagnostics.
 */
async function loadBoth(loadOld: () => Promise<LoadedPlan>, loadNew: () => Promise<LoadedPlan>): Promise<[LoadedPlan, LoadedPlan]> {
  const results = await Promise.allSettled([loadOld(), loadNew()])
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
  if (failures.length === 0) return results.map((r) => (r as PromiseFulfilledResult<LoadedPlan>).value) as [LoadedPlan, LoadedPlan]
  const inputErrors = failures.filter((e): e is VplanError => e instanceof VplanError && e.kind === 'input')
  if (inputErrors.length !== failures.length) throw failures.find((e) => !inputErrors.includes(e as VplanError))
  throw new VplanError('usage', `cannot compare: ${inputErrors.map((e) => e.message).join('; ')}`, inputErrors.flatMap((e) => e.diagnostics))
}

async function render(diff: PlanDiff, format: Format, snapshots: { old: PlanSnapshot; new: PlanSnapshot }, toTerminal: boolean): Promise<string> {
  if (format === 'json') return renderJson(diff)
  if (format === 'html') return renderHtml(diff, snapshots)
  return renderText(diff, toTerminal ? chooseStyle(process.stdout, process.env) : PLAIN)
}

async function writeReport(content: string, out: string | undefined): Promise<void> {
  if (out === undefined) process.stdout.write(content)
  else await writeAtomic(out, content)
}

async function printFacts(positionals: string[]): Promise<number> {
  if (positionals.length !== 1) throw usage('--textconv expects one plan.yaml file')
  const text = await readFile(positionals[0]!, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new VplanError('usage', `cannot read ${positionals[0]}: ${error.code ?? error.message}`)
  })
  const plan = readPlanText(text)
  // Not a valid plan (mid-edit, or from before the schema): git shows the file as it is.
  process.stdout.write(plan ? listPlanFacts(plan).join('\n') + '\n' : text)
  return 0
}

function usage(message: string): VplanError {
  return new VplanError('usage', `diff: ${message}\n\n${USAGE}`)
}
