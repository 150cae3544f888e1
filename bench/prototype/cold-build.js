#!/usr/bin/env node
// Cold `vplan build` of both seeds in a new process, for one or more checkouts, runs interleaved
// so that a busy machine slows them alike. Prints median wall and CPU (user + system) time.
//
// Usage: node bench/prototype/cold-build.js RUNS FORMAT ROOT [ROOT…]
//   e.g. node bench/prototype/cold-build.js 7 html /tmp/vplan-before .
// Each ROOT is a checkout with a compiled dist/; the seeds are always this checkout's plans/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SEEDS } from '../lib/paths.js'
import { summarize } from '../lib/stats.js'

const [runs = '7', format = 'html', ...roots] = process.argv.slice(2)
if (roots.length === 0) roots.push('.')
const out = mkdtempSync(path.join(tmpdir(), 'vplan-cold-'))
const timesFile = path.join(out, 'time.txt')

/** One build; /usr/bin/time reports the child's own CPU, which process.cpuUsage cannot. */
function buildOnce(root) {
  const started = performance.now()
  execFileSync('/usr/bin/time', ['-f', '%U %S', '-o', timesFile, process.execPath, path.join(root, 'bin/vplan.js'), 'build', ...SEEDS, '--format', format, '--out', out], { stdio: 'ignore' })
  const wall = performance.now() - started
  const [user, system] = readFileSync(timesFile, 'utf8').trim().split(/\s+/).map(Number)
  return { wall, cpu: (user + system) * 1000 }
}

const results = new Map(roots.map((root) => [root, []]))
for (const root of roots) buildOnce(root) // warm the disk cache
for (let i = 0; i < Number(runs); i++) for (const root of roots) results.get(root).push(buildOnce(root))
rmSync(out, { recursive: true, force: true })

const median = (list, key) => Math.round(summarize(list.map((t) => t[key])).median)
process.stdout.write(`cold build of both seeds, --format ${format}, ${runs} runs\n\n| checkout | wall ms | CPU ms |\n| --- | --- | --- |\n`)
for (const [root, list] of results) process.stdout.write(`| ${root} | ${median(list, 'wall')} | ${median(list, 'cpu')} |\n`)
