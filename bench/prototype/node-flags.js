#!/usr/bin/env node
// V8/Node flags on the cold CLI build (both seeds, every format, or a plan given), interleaved runs.
// Usage: node bench/prototype/node-flags.js [RUNS] [PLAN_DIR...]
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { BIN, ROOT, SEEDS } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const [runsArg, ...plans] = process.argv.slice(2)
const runs = Number(runsArg ?? 5)
const dirs = plans.length ? plans : SEEDS
const variants = {
  'no flags': [],
  '--max-semi-space-size=32': ['--max-semi-space-size=32'],
  '--always-sparkplug': ['--always-sparkplug'],
  'both': ['--max-semi-space-size=32', '--always-sparkplug'],
}
const data = Object.fromEntries(Object.keys(variants).map((k) => [k, { wall: [], cpu: [], rss: [] }]))
for (let i = -1; i < runs; i++) {
  for (const [name, flags] of Object.entries(variants)) {
    const r = runOnce(process.execPath, [...flags, BIN, 'build', ...dirs, '--out', path.join(ROOT, 'bench/.cache/flags-out'), '--format', 'pdf,html,md', '--force'], { cwd: ROOT })
    if (r.status !== 0) throw new Error(r.stderr)
    if (i >= 0) data[name].wall.push(r.ms), data[name].cpu.push(r.cpuMs), data[name].rss.push(r.rssMb)
  }
}
process.stdout.write(mdTable(['node flags', 'wall', 'CPU', 'peak RSS'], Object.entries(data).map(([k, d]) => [k, formatTime(summarize(d.wall)), formatTime(summarize(d.cpu)), `${Math.round(summarize(d.rss).median)} MB`])) + '\n')
