import { parseArgs } from 'node:util'
import { EXIT, formatDiagnostic, oneLine, VplanError } from '../diagnostics/index.js'
import { createKoladaClient, describeSummary, searchKpis, updateKoladaSnapshot } from '../kolada/index.js'
import { findPlanDirs } from './plan-dirs.js'

const USAGE = 'usage: vplan kolada PLAN_DIR [--years 2021,2022,2023] [--api URL] [--search TEXT]'

/** The public API's v3 base; VPLAN_KOLADA_API or --api point elsewhere (a mirror, a test server). */
export const DEFAULT_API = 'https://api.kolada.se/v3'

/**
 * `vplan kolada PLAN_DIR`: fetch the plan's Kolada values into kolada.yaml. `--search TEXT` lists
 * KPIs whose title matches (id and title on stdout) and writes nothing.
 */
export async function runKolada(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  if (values.help) {
    process.stdout.write(`${USAGE}\n\nFetches the values of every indicator with a Kolada id into PLAN_DIR/kolada.yaml.\n`)
    return EXIT.ok
  }
  const client = {
    api: values.api ?? process.env.VPLAN_KOLADA_API ?? DEFAULT_API,
    timeoutMs: envNumber('VPLAN_KOLADA_TIMEOUT_MS'),
    retryDelayMs: envNumber('VPLAN_KOLADA_RETRY_DELAY_MS'),
  }
  if (values.search !== undefined) {
    if (positionals.length > 1) throw new VplanError('usage', USAGE)
    const found = await searchKpis(createKoladaClient(client), values.search)
    for (const kpi of found) process.stdout.write(`${kpi.id}\t${oneLine(kpi.title)}\n`)
    if (found.length === 0) process.stderr.write(`kolada: no KPI title matches '${oneLine(values.search)}'\n`)
    return EXIT.ok
  }
  if (positionals.length !== 1) throw new VplanError('usage', `kolada takes exactly one plan folder: ${USAGE}`)
  const [dir] = await findPlanDirs(positionals)
  // A progress line per request on a terminal only: in CI logs and pipes it is noise.
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`${line}\n`) : undefined
  const result = await updateKoladaSnapshot({ ...client, dir: dir!, years: parseYears(values.years), progress })
  for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n')
  for (const line of describeSummary(result.file, result.summary)) process.stderr.write(`${oneLine(line)}\n`)
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.input : EXIT.ok
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { years: { type: 'string' }, api: { type: 'string' }, search: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    throw new VplanError('usage', `${(error as Error).message}\n${USAGE}`)
  }
}

function parseYears(option: string | undefined): number[] | undefined {
  if (option === undefined) return undefined
  const parts = option.split(',').map((p) => p.trim())
  if (parts.some((p) => !/^\d{4}$/.test(p))) throw new VplanError('usage', `--years takes years separated by commas, e.g. 2021,2022,2023, got '${option}'`)
  return [...new Set(parts.map(Number))].sort((a, b) => a - b)
}

/** Timeouts and retry waits for slow links and tests; not in the usage text because few need them. */
function envNumber(name: string): number | undefined {
  const text = process.env[name]
  if (text === undefined || text === '') return undefined
  if (!/^\d+$/.test(text)) throw new VplanError('usage', `${name} takes a number of milliseconds, got '${text}'`)
  return Number(text)
}
