// A municipality (issue 20, targets 4 and 5): 15 synthetic plans of about 30 pages, as the office
// builds every board's plan before the council meets, and then rebuilds the one that changed.
// - every plan, cold and forced, on one thread (--jobs 1) and on the pool (a thread per core);
// - nothing changed: every plan is checked and none rebuilt;
// - one plan changed: the others are checked, that one rebuilt, against building it alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { generatePlan, writePlan } from '../generate-plan.js'
import { measure } from '../lib/measure.js'
import { BIN, ROOT } from '../lib/paths.js'
import { formatSpread, formatTime } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

export const PLANS = 15
const PAGES = 30

export async function municipality({ runs, work, pdf }) {
  const formats = pdf ? 'pdf,html,md' : 'html,md'
  const dirs = Array.from({ length: PLANS }, (_, i) => {
    const dir = path.join(work, 'municipality', `namnd-${String(i + 1).padStart(2, '0')}`)
    writePlan(dir, generatePlan({ pages: PAGES, seed: 3000 + i }))
    return dir
  })
  const out = path.join(work, 'municipality-out')
  const build = (extra, n = runs, before) => measure(process.execPath, [BIN, 'build', ...dirs, '--out', out, '--format', formats, ...extra], { runs: n, warmup: 1, cwd: ROOT, before })
  const cores = availableParallelism()
  const data = { plans: PLANS, pages: PAGES, cores }
  data.oneThread = build(['--force', '--jobs', '1'], Math.min(runs, 3))
  data.pool = build(['--force', '--jobs', String(cores)], Math.min(runs, 3))
  data.unchanged = build([])
  // One plan edited before each run: a word added to its first chapter, a new word each time.
  const chapter = path.join(dirs[7], readdirSync(dirs[7], { recursive: true }).map(String).filter((file) => file.endsWith('.md')).sort()[0])
  const original = readFileSync(chapter, 'utf8')
  let edit = 0
  const touch = () => writeFileSync(chapter, `${original}\nÄndring ${++edit}.\n`)
  data.oneChanged = build([], runs, touch)
  data.alone = measure(process.execPath, [BIN, 'build', dirs[7], '--out', out, '--format', formats, '--force'], { runs, warmup: 1, cwd: ROOT })
  writeFileSync(chapter, original)
  for (const key of ['oneThread', 'pool', 'unchanged', 'oneChanged', 'alone']) {
    if (data[key].failed) throw new Error(`municipality ${key}: vplan build failed: ${data[key].failed}`)
  }
  return { data, markdown: render(data, formats) }
}

/** The pool's speed-up over one thread, and what it gives per core (1.0 = every core fully used). */
export function speedup(data) {
  if (!data.oneThread?.time || !data.pool?.time) return undefined
  const factor = data.oneThread.time.median / data.pool.time.median
  return { factor, perCore: factor / Math.min(data.cores, data.plans) }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

function render(data, formats) {
  const row = (label, m) => [label, formatTime(m.time), formatSpread(m.time), formatTime(m.cpu), `${Math.round(m.rss.median)} MB`]
  const s = speedup(data)
  const table = mdTable(['build', 'wall time, median (min–max)', 'noise', 'CPU time', 'peak RSS'], [
    row(`${data.plans} plans, one thread (--force --jobs 1)`, data.oneThread),
    row(`${data.plans} plans, ${data.cores} threads (--force --jobs ${data.cores})`, data.pool),
    row(`${data.plans} plans, none changed`, data.unchanged),
    row(`${data.plans} plans, one changed`, data.oneChanged),
    row('that one plan alone (--force)', data.alone),
  ])
  const projection = s
    ? `Speed-up of the pool over one thread: ${s.factor.toFixed(2)}× on ${data.cores} cores, ${s.perCore.toFixed(2)} per core. If each further core gave as much, 4 cores would build the ${data.plans} plans in about ${seconds(data.oneThread.time.median / (4 * s.perCore))} and 8 in ${seconds(data.oneThread.time.median / (8 * s.perCore))} (a projection, not a measurement: the threads also share memory bandwidth and the disk).`
    : ''
  return `${data.plans} synthetic plans of about ${data.pages} pages each (bench/generate-plan.js, seeds 3000–${3000 + data.plans - 1}), formats ${formats}, fresh CLI processes.\n\n${table}\n\n${projection}`
}
