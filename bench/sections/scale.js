// Scale: synthetic plans of about 1, 50, 200 and 1000 pages, each built cold by the CLI (every
// format). Cost per page is given raw and after the fixed cost (the 1-page plan's build).
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { generatePlan, writePlan } from '../generate-plan.js'
import { countPages } from '../lib/count-pages.js'
import { measure } from '../lib/measure.js'
import { BIN, ROOT } from '../lib/paths.js'
import { formatMb, formatSpread, formatTime } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'
import { measureStages, STAGES } from './stages.js'

export async function scale({ runs, work, sizes, withStages, pdf }) {
  const formats = pdf ? 'pdf,html,md' : 'html,md'
  const data = {}
  for (const size of [1, ...sizes]) {
    const dir = path.join(work, 'plans', `synthetic-${size}`)
    writePlan(dir, generatePlan({ pages: size }))
    const out = path.join(work, `scale-${size}`)
    mkdirSync(out, { recursive: true })
    const m = measure(process.execPath, [BIN, 'build', dir, '--out', out, '--format', formats, '--force'], { runs: size >= 1000 ? Math.min(runs, 5) : runs, warmup: size >= 1000 ? 0 : 1, cwd: ROOT })
    const file = path.join(out, `synthetic-${size}.pdf`)
    const pages = pdf && existsSync(file) ? await countPages(file) : undefined
    data[size] = { ...m, pages, stages: withStages && size > 1 ? measureStages(dir, 0, pdf) : undefined }
  }
  return { data, markdown: render(data, sizes, formats, pdf) }
}

/** ms per page, raw and after the fixed cost of the smallest plan; of wall time, or of CPU time. */
export function perPage(data, size, of = 'time') {
  const d = data[size]
  const base = data[1]
  if (!d?.[of] || !d.pages) return {}
  const raw = d[of].median / d.pages
  const marginal = base?.[of] && base.pages && d.pages > base.pages ? (d[of].median - base[of].median) / (d.pages - base.pages) : undefined
  // The cost of the pages added since the next smaller size: constant when growth is linear,
  // whatever the fixed cost of start-up and warm-up that `raw` still carries.
  const smaller = Object.keys(data).map(Number).filter((s) => s > 1 && s < size && data[s]?.[of] && data[s].pages).sort((a, b) => b - a)[0]
  const prev = data[smaller]
  const step = prev && d.pages > prev.pages ? (d[of].median - prev[of].median) / (d.pages - prev.pages) : undefined
  return { raw, marginal, step }
}

function render(data, sizes, formats, pdf) {
  const rows = [1, ...sizes].map((size) => {
    const d = data[size]
    const name = size === 1 ? 'smallest (the fixed cost)' : size
    if (d.failed) return [name, '', `failed: ${d.failed}`]
    const { raw, marginal } = perPage(data, size)
    const cpu = perPage(data, size, 'cpu').marginal
    return [name, d.pages ?? 'n/a', formatTime(d.time), formatSpread(d.time), formatTime(d.cpu), formatMb(d.rss), raw ? raw.toFixed(1) : 'n/a', marginal ? marginal.toFixed(1) : '—', cpu ? cpu.toFixed(1) : '—']
  })
  const parts = [`\`vplan build <plan> --format ${formats}\`, fresh process per run.`,
    mdTable(['size asked (pages)', 'PDF pages', 'wall time, median (min–max)', 'noise', 'CPU time', 'peak RSS', 'ms per page', 'ms per page after fixed cost', 'CPU ms per page after fixed cost'], rows)]
  if (!pdf) parts.push('PDF not measured: page counts unknown.')
  const staged = sizes.filter((s) => data[s].stages && !data[s].stages.failed)
  if (staged.length) {
    const ms = (v) => (v === undefined ? '' : Math.round(v))
    parts.push('Stage times of one in-process build (first call; wall ms / CPU ms):', mdTable(['size', 'markdown bytes', ...STAGES], staged.map((s) => [s, data[s].stages.markdownBytes, ...STAGES.map((st) => `${ms(data[s].stages.first[st])} / ${ms(data[s].stages.firstCpu[st])}`)])))
  }
  return parts.join('\n\n')
}
