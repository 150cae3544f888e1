// Issue 7's targets, each with the figure that decides it.
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
  rows.push(['… and as close to Typst as we can (reference)', full && typst ? `${(full.median / typst.median).toFixed(2)}× Typst (${s(typst.median)})` : 'n/a', '—'])
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
