// Where the time goes: each stage in-process, first call (cold JIT) and warm median.
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { ROOT } from '../lib/paths.js'
import { summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const CHILD = new URL('../stages-child.js', import.meta.url).pathname
export const STAGES = ['load', 'templates', 'derive', 'compose', 'parse', 'html', 'pdf']

/** One child per plan; `runs` warm repeats after the first call. */
export function measureStages(dir, runs, pdf) {
  const run = runOnce(process.execPath, [CHILD, dir, String(runs), pdf ? 'pdf' : 'nopdf'], { cwd: ROOT })
  if (run.status !== 0) return { failed: run.stderr.trim().split('\n').slice(-2).join(' ') }
  const result = JSON.parse(run.stdout)
  const warm = Object.fromEntries(STAGES.map((s) => [s, summarize(result.repeats.map((r) => r[s]))]))
  const warmCpu = Object.fromEntries(STAGES.map((s) => [s, summarize(result.repeatsCpu.map((r) => r[s]))]))
  return { ...result, warm, warmCpu }
}

const ms = (v) => (v === undefined ? '' : v >= 100 ? Math.round(v) : v.toFixed(1))

export async function stages({ runs, dirs, pdf }) {
  const data = {}
  const rows = []
  for (const dir of dirs) {
    const id = path.basename(dir)
    const m = (data[id] = measureStages(dir, runs, pdf))
    if (m.failed) {
      rows.push([id, `failed: ${m.failed}`])
      continue
    }
    rows.push([`${id}, first call`, ...STAGES.map((s) => ms(m.first[s]))])
    rows.push([`${id}, first call, CPU`, ...STAGES.map((s) => ms(m.firstCpu[s]))])
    rows.push([`${id}, warm median`, ...STAGES.map((s) => ms(m.warm[s]?.median))])
    rows.push([`${id}, warm median, CPU`, ...STAGES.map((s) => ms(m.warmCpu[s]?.median))])
  }
  const table = mdTable(['plan (ms)', ...STAGES], rows)
  return { data, markdown: `${table}\n\nImporting the stages (dist/ modules) took ${dirs.map((d) => `${Math.round(data[path.basename(d)].importMs ?? 0)} ms`).join(' / ')} in these processes.` }
}
