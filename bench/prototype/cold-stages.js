#!/usr/bin/env node
// The first (cold) load, parse and HTML of both seeds, one after the other in a new process as
// `vplan build --format html` does them, for one or more checkouts, runs interleaved. Stage CPU
// times are far steadier on a busy machine than a whole build's wall time.
//
// Usage: node bench/prototype/cold-stages.js RUNS ROOT [ROOT…]
//   e.g. node bench/prototype/cold-stages.js 9 /tmp/vplan-before .
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { SEEDS } from '../lib/paths.js'
import { summarize } from '../lib/stats.js'

const STAGES = ['load', 'compose', 'parse', 'html']

if (process.argv[2] === '--child') {
  const { importVplan, runStages } = await import(pathToFileURL(path.join(process.argv[3], 'bench/lib/vplan-api.js')).href)
  const api = await importVplan({ pdf: false })
  const templates = new Map()
  const total = Object.fromEntries(STAGES.map((stage) => [stage, 0]))
  for (const dir of SEEDS) {
    const { cpu } = await runStages(api, dir, templates)
    for (const stage of STAGES) total[stage] += cpu[stage]
  }
  process.stdout.write(JSON.stringify(total))
} else {
  const [runs = '9', ...roots] = process.argv.slice(2)
  if (roots.length === 0) roots.push('.')
  const self = fileURLToPath(import.meta.url)
  const results = new Map(roots.map((root) => [root, []]))
  for (let i = 0; i < Number(runs); i++) {
    for (const root of roots) {
      results.get(root).push(JSON.parse(execFileSync(process.execPath, [self, '--child', path.resolve(root)], { encoding: 'utf8' })))
    }
  }
  const median = (list, stage) => summarize(list.map((t) => t[stage])).median.toFixed(0)
  process.stdout.write(`cold stages, both seeds in one new process, CPU ms (median of ${runs})\n\n| checkout | ${STAGES.join(' | ')} | load + parse |\n|${' --- |'.repeat(STAGES.length + 2)}\n`)
  for (const [root, list] of results) {
    const sums = list.map((t) => ({ sum: t.load + t.parse }))
    process.stdout.write(`| ${root} | ${STAGES.map((stage) => median(list, stage)).join(' | ')} | ${median(sums, 'sum')} |\n`)
  }
}
