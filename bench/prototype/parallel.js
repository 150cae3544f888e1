#!/usr/bin/env node
// Measures building both seeds (every format) sequentially vs on worker threads, runs interleaved.
// Usage: node bench/prototype/parallel.js [RUNS] [PLAN_DIR...]
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { ROOT, SEEDS } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const [runsArg, ...plans] = process.argv.slice(2)
const runs = Number(runsArg ?? 5)
const dirs = plans.length ? plans : SEEDS
const SCRIPT = new URL('./parallel-build.js', import.meta.url).pathname
const wall = { seq: [], workers: [] }
const cpu = { seq: [], workers: [] }
const rss = { seq: [], workers: [] }
for (let i = -1; i < runs; i++) {
  for (const mode of ['seq', 'workers']) {
    const r = runOnce(process.execPath, [SCRIPT, mode, path.join(ROOT, 'bench/.cache/parallel', mode), ...dirs], { cwd: ROOT })
    if (r.status !== 0) throw new Error(r.stderr)
    if (i >= 0) wall[mode].push(r.ms), cpu[mode].push(r.cpuMs), rss[mode].push(r.rssMb)
  }
}
const row = (mode, name) => [name, formatTime(summarize(wall[mode])), formatTime(summarize(cpu[mode])), `${Math.round(summarize(rss[mode]).median)} MB`]
process.stdout.write(mdTable([`${dirs.length} plans, every format`, 'wall', 'CPU', 'peak RSS'], [row('seq', 'one after another (as the CLI)'), row('workers', 'one worker thread per plan')]) + '\n')
