// The targets of issues 7 and 20, each with the figure that decides it.
import { perPage } from './scale.js'
import { mdTable } from '../lib/table.js'
import { PLANS, speedup } from './municipality.js'

const yes = (ok) => (ok === undefined ? 'not measured' : ok ? '**holds**' : '**misses**')
const s = (ms) => `${(ms / 1000).toFixed(2)} s`

export function targets({ cold, warm, peers, scale, municipality = {}, sizes }) {
  const rows = []
  const full = cold['pdf,html,md']?.time
  const chromium = peers.Chromium?.time
  rows.push(['cold build of both seeds ≤ 0.5 × Chromium printing them', full && chromium ? `${s(full.median)} vs ${s(chromium.median)} → ${(full.median / chromium.median).toFixed(2)}×` : 'n/a', yes(full && chromium ? full.median <= 0.5 * chromium.median : undefined)])
  const typst = peers.Typst?.time
  // Issue 20, target 1. cold.js builds with --force: an up-to-date skip never counts here.
  rows.push(['cold build of both seeds, every format, nothing reused (--force) ≤ 1.5 × Typst', full && typst ? `${s(full.median)} vs ${s(typst.median)} → ${(full.median / typst.median).toFixed(2)}×` : 'n/a', yes(full && typst ? full.median <= 1.5 * typst.median : undefined)])
  const layout = layoutCost(scale, sizes)
  rows.push(['PDF layout and rendering ≤ 12 ms CPU per added page (PDF stage, between the two largest plans)', layout ? `${layout.text} → ${layout.step.toFixed(1)} ms per added page` : 'n/a (needs the scale section with stages: not BENCH_QUICK)', yes(layout ? layout.step <= 12 : undefined)])
  for (const [format, limit] of [['html', 100], ['pdf', 400]]) {
    const medians = Object.entries(warm).filter(([k, v]) => k.endsWith(` ${format}`) && v.time).map(([k, v]) => [k.split(' ')[0], v.time.median])
    const text = medians.map(([id, m]) => `${id} ${Math.round(m)} ms`).join(', ')
    rows.push([`warm rebuild, ${format.toUpperCase()} ≤ ${limit} ms`, text || 'n/a', yes(medians.length ? medians.every(([, m]) => m <= limit) : undefined)])
  }
  const big = scale[1000]
  rows.push(['1000-page plan ≤ 20 s', big?.time ? `${s(big.time.median)} (${big.pages ?? '?'} pages)` : 'n/a', yes(big?.time ? big.time.median <= 20_000 : undefined)])
  rows.push(['1000-page plan ≤ 1.5 GB peak RSS', big?.rss ? `${Math.round(big.rss.median)} MB` : 'n/a', yes(big?.rss ? big.rss.median <= 1536 : undefined)])
  const linear = [
    ['marginal', 'time', 'cost per page within ±25 % from 50 to 1000 pages (wall, after the fixed cost)'],
    ['raw', 'time', '… the same, raw (wall time / pages)'],
    ['marginal', 'cpu', '… the same, CPU time after the fixed cost (least disturbed by other load)'],
  ]
  const steps = sizes.slice(1).map((size, i) => [`${sizes[i]}→${size}`, perPage(scale, size, 'time').step]).filter(([, c]) => c)
  const stepOk = steps.length === sizes.length - 1 && steps.length >= 2 ? steps.every(([, c]) => Math.abs(c / steps[0][1] - 1) <= 0.25) : undefined
  rows.push(['linear growth: wall ms per added page, between consecutive sizes, within ±25 %', steps.map(([span, c]) => `${span}: ${c.toFixed(1)} ms`).join(', ') || 'n/a', yes(stepOk)])
  for (const [kind, of, label] of linear) {
    const base = perPage(scale, sizes[0], of)[kind]
    const costs = sizes.map((size) => [size, perPage(scale, size, of)[kind]]).filter(([, c]) => c)
    const ok = costs.length === sizes.length && base ? costs.every(([, c]) => Math.abs(c / base - 1) <= 0.25) : undefined
    rows.push([label, costs.map(([size, c]) => `${size}: ${c.toFixed(1)} ms`).join(', ') || 'n/a', yes(ok)])
  }
  const pool = speedup(municipality)
  rows.push([
    `a municipality (${PLANS} plans): the thread pool faster than one thread (reported, per core)`,
    pool ? `${s(municipality.pool.time.median)} vs ${s(municipality.oneThread.time.median)} → ${pool.factor.toFixed(2)}× on ${municipality.cores} cores (${pool.perCore.toFixed(2)} per core)` : 'n/a',
    yes(pool ? pool.factor > 1 : undefined),
  ])
  const one = municipality.oneChanged?.time
  const alone = municipality.alone?.time
  // Apart from the cold target: a build with nothing to do must never stand in for a cold one.
  rows.push([
    `one plan of ${PLANS} changed: rebuilding all costs about one plan (≤ 1.5 × that plan alone)`,
    one && alone ? `${s(one.median)} vs ${s(alone.median)} alone (none changed: ${s(municipality.unchanged.time.median)})` : 'n/a',
    yes(one && alone ? one.median <= 1.5 * alone.median : undefined),
  ])
  return mdTable(['target', 'measured (medians)', 'result'], rows)
}

/**
 * CPU of the PDF stage (one in-process build, first call) per page, for each plan whose stages
 * were measured, and the cost of a page added between the two largest: the fixed cost of V8
 * warming up on pdfmake stays out of it.
 */
export function layoutCost(scale, sizes) {
  const staged = sizes.filter((size) => scale[size]?.pages && scale[size].stages?.firstCpu?.pdf)
  if (staged.length < 2) return undefined
  const [small, large] = staged.slice(-2).map((size) => ({ pages: scale[size].pages, cpu: scale[size].stages.firstCpu.pdf }))
  const step = (large.cpu - small.cpu) / (large.pages - small.pages)
  const text = staged.map((size) => `${size}: ${(scale[size].stages.firstCpu.pdf / scale[size].pages).toFixed(1)} ms/page`).join(', ')
  return { step, text }
}
