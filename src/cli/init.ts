import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { oneLine, VplanError } from '../diagnostics/index.js'
import { formatRollReport } from '../init/roll-report.js'
import { rollForward } from '../init/roll-forward.js'
import { scaffoldPlan, type NewPlan } from '../init/scaffold-plan.js'
import { findTemplateDir, loadPlan, readFolderFiles, templateRoots } from '../load/index.js'
import { writeFolderAtomic } from '../write/write-atomic.js'

const USAGE = `Usage:
  vplan init PLAN_DIR --municipality "Sigtuna kommun" --board Socialnämnden --year 2025 [--template default] [--force]
  vplan init --from plans/knivsta-sn-2024 plans/knivsta-sn-2025 [--force]    (next year's plan)

With no options on a terminal, vplan init asks for the municipality, the board and the year.`

/** The package's schema, two folders above this file both as dist/cli/ and in dist/bundle/. */
const SCHEMA = fileURLToPath(new URL('../../schema/plan.schema.json', import.meta.url))

/** `vplan init`: a new plan folder that `vplan check` accepts and `vplan build` builds. */
export async function runInit(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (positionals.length !== 1) throw usage('give one PLAN_DIR, the folder to create (e.g. plans/sigtuna-sn-2025)')
  const dir = path.resolve(positionals[0]!)
  const shown = oneLine(positionals[0]!)
  await checkTarget(dir, shown, values.force === true)
  if (values.from !== undefined) return rollInto(values.from, dir, shown)
  const answers = await answersFrom(values)
  const template = values.template ?? 'default'
  if (!/^[a-z0-9-]+$/.test(template) || !findTemplateDir(template)) {
    throw usage(`unknown template '${oneLine(template)}' (looked in ${templateRoots().join(', ')})`)
  }
  const plan: NewPlan = { ...answers, template, schemaPath: path.relative(dir, SCHEMA).split(path.sep).join('/') }
  const replacing = existsSync(dir)
  if (replacing) process.stderr.write(`${shown}: replacing the existing folder (--force)\n`)
  await writeFolderAtomic(dir, scaffoldPlan(plan), replacing)
  process.stderr.write(
    `${shown}: new plan for ${oneLine(plan.board)}, ${oneLine(plan.municipality)} ${plan.year}\n` +
      `Next: fill in the placeholders ("Platshållare") in plan.yaml and kapitel/, then\n` +
      `  vplan check ${shown}\n  vplan build ${shown}\n`,
  )
  return 0
}

/** `--from`: next year's plan beside this year's; the report of what needs a person goes to stdout. */
async function rollInto(fromDir: string, dir: string, shown: string): Promise<number> {
  const loaded = await loadPlan(fromDir).catch((error: unknown) => {
    if (!(error instanceof VplanError) || error.kind !== 'input') throw error
    throw new VplanError('usage', `init: ${oneLine(fromDir)} is not a valid plan, so it cannot be rolled forward (nothing was written)`, error.diagnostics)
  })
  if (loaded.plan.meta.year + 1 > 2100) throw usage(`${oneLine(fromDir)} is a plan for ${loaded.plan.meta.year}; years go up to 2100`)
  const chapters = await Promise.all(
    loaded.plan.document.flatMap((part) => ('file' in part ? [part.file] : [])).map(async (file) => ({ path: file, text: await readFile(path.join(fromDir, file), 'utf8') })),
  )
  const rolled = rollForward({ plan: loaded.plan, yamlText: await readFile(path.join(fromDir, 'plan.yaml'), 'utf8'), chapters })
  // Every file of the old folder comes along as it is, under its new name where the year moved on.
  const files = (await readFolderFiles(fromDir, ['plan.yaml'])).map((file) => ({ ...file, path: rolled.renamed.get(file.path) ?? file.path }))
  const replacing = existsSync(dir)
  if (replacing) process.stderr.write(`${shown}: replacing the existing folder (--force)\n`)
  await writeFolderAtomic(dir, [{ path: 'plan.yaml', content: rolled.yamlText }, ...files], replacing)
  process.stdout.write(formatRollReport(rolled.report))
  process.stderr.write(`${shown}: the plan for ${loaded.plan.meta.year + 1}, from ${oneLine(fromDir)}; review it with: vplan diff ${oneLine(fromDir)} ${shown}\n`)
  return 0
}

/** An existing folder is never replaced without --force; a file in the way never is. */
async function checkTarget(dir: string, shown: string, force: boolean): Promise<void> {
  const found = await stat(dir).catch(() => undefined)
  if (!found) return
  if (!found.isDirectory()) throw usage(`${shown} is a file, not a folder: choose another PLAN_DIR`)
  if (!force) throw usage(`${shown} already exists: choose another PLAN_DIR, or give --force to replace it`)
}

type Values = ReturnType<typeof parseOptions>['values']

async function answersFrom(values: Values): Promise<Pick<NewPlan, 'municipality' | 'board' | 'year'>> {
  const given = [values.municipality, values.board, values.year]
  if (given.every((v) => v === undefined) && process.stdin.isTTY && process.stderr.isTTY) return ask()
  if (given.some((v) => v === undefined)) throw usage('give --municipality, --board and --year (or run vplan init on a terminal to be asked)')
  return { municipality: nameOf(values.municipality!, '--municipality'), board: nameOf(values.board!, '--board'), year: yearOf(values.year!) }
}

async function ask(): Promise<Pick<NewPlan, 'municipality' | 'board' | 'year'>> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const municipality = nameOf(await prompt.question('Kommun (t.ex. Sigtuna kommun): '), 'the municipality')
    const board = nameOf(await prompt.question('Nämnd (t.ex. Socialnämnden): '), 'the board')
    const year = yearOf(await prompt.question(`Verksamhetsår (t.ex. ${new Date().getFullYear() + 1}): `))
    return { municipality, board, year }
  } finally {
    prompt.close()
  }
}

/** A name is text on one line; it is never used as a path. */
function nameOf(text: string, what: string): string {
  const name = text.trim()
  if (name === '') throw usage(`${what} is empty`)
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) throw usage(`${what} must be one line of text without control characters`)
  return name
}

function yearOf(text: string): number {
  const year = Number(text.trim())
  if (!/^\d{4}$/.test(text.trim()) || year < 2000 || year > 2100) throw usage(`--year must be a year from 2000 to 2100 (got '${oneLine(text)}')`)
  return year
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        municipality: { type: 'string' },
        board: { type: 'string' },
        year: { type: 'string' },
        template: { type: 'string' },
        force: { type: 'boolean' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw usage((error as Error).message)
  }
}

function usage(message: string): VplanError {
  return new VplanError('usage', `init: ${message}\n\n${USAGE}`)
}
