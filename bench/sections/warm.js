// Warm in-process rebuilds (templates loaded once; loadPlan + buildPlan per rebuild), of both
// seeds and of the chart fixture.
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { ROOT, SEEDS } from '../lib/paths.js'
import { formatSpread, formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const CHILD = new URL('../warm-child.js', import.meta.url).pathname
/** Knivsta's plan with ten charts (issue 17): charts must not push a warm rebuild past its target. */
const CHART_PLAN = path.join(ROOT, 'tests/fixtures/charts/knivsta-diagram')

export async function warm({ runs, pdf }) {
  const formats = pdf ? ['html', 'pdf', 'md'] : ['html', 'md']
  const data = {}
  const rows = []
  for (const dir of [...SEEDS, CHART_PLAN]) {
    for (const format of formats) {
      const key = `${path.basename(dir)} ${format}`
      const [n, warmup] = format === 'pdf' ? [Math.max(runs, 5), 2] : [Math.max(runs, 10), 3]
      const run = runOnce(process.execPath, [CHILD, dir, format, String(n), String(warmup)], { cwd: ROOT })
      if (run.status !== 0) {
        data[key] = { failed: run.stderr.trim().split('\n').slice(-2).join(' ') }
        rows.push([key, `failed: ${data[key].failed}`, '', '', ''])
        continue
      }
      const result = JSON.parse(run.stdout)
      data[key] = { time: summarize(result.times), cpu: summarize(result.cpu), rssMb: result.maxRssMb }
      rows.push([key, formatTime(data[key].time), formatSpread(data[key].time), formatTime(data[key].cpu), `${Math.round(result.maxRssMb)} MB`])
    }
  }
  return { data, markdown: mdTable(['plan, format', 'wall time, median (min–max)', 'noise', 'CPU time (user+sys)', 'peak RSS of the process'], rows) }
}
