#!/usr/bin/env node
// `npm run bench`: vplan against itself and its peers; writes bench/results.md (and results.json).
// BENCH_QUICK=1: 3 runs and sizes 50 and 200 only. BENCH_NO_COMPILE=1: use dist/ as it is.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { describeMachine } from './lib/machine.js'
import { rssSource } from './lib/measure.js'
import { ROOT, SEEDS } from './lib/paths.js'
import { prepareSeeds } from './lib/prepare-seeds.js'
import { cold } from './sections/cold.js'
import { peers } from './sections/peers.js'
import { scale } from './sections/scale.js'
import { stages } from './sections/stages.js'
import { startup } from './sections/startup.js'
import { targets } from './sections/targets.js'
import { warm } from './sections/warm.js'
import { municipality } from './sections/municipality.js'

const QUICK = process.env.BENCH_QUICK === '1'
const runs = Number(process.env.BENCH_RUNS ?? (QUICK ? 3 : 5))
const sizes = QUICK ? [50, 200] : [50, 200, 1000]
const only = process.env.BENCH_ONLY?.split(',')
const log = (message) => process.stderr.write(`bench: ${message}\n`)

if (process.env.BENCH_NO_COMPILE !== '1') {
  // The whole compile (tsc, precompiled templates, the bundle): the CLI measured is the one users run.
  log('compiling (npm run compile)')
  const compiled = spawnSync('npm', ['run', '--silent', 'compile'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (compiled.status !== 0) {
    log(`npm run compile failed:\n${compiled.stderr}`)
    process.exit(1)
  }
}
const work = mkdtempSync(path.join(tmpdir(), 'vplan-bench-'))
const machine = describeMachine()
const started = performance.now()
const want = (name) => !only || only.includes(name)
const section = async (name, fn) => {
  if (!want(name)) return { data: {}, markdown: '(not run)' }
  log(name)
  const t = performance.now()
  const result = await fn()
  log(`${name} done in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  return result
}

try {
  const { docs, pdf, pdfNote } = await prepareSeeds(work)
  if (!pdf) log(`PDF skipped: ${pdfNote}`)
  const ctx = { runs, work, docs, sizes, pdf, pdfNote }
  const r = {}
  r.startup = await section('startup', () => startup(ctx))
  r.cold = await section('cold', () => cold(ctx))
  r.warm = await section('warm', () => warm(ctx))
  r.stages = await section('stages', () => stages({ ...ctx, dirs: SEEDS }))
  r.peers = await section('peers', () => peers({ ...ctx, cold: r.cold.data }))
  r.scale = await section('scale', () => scale({ ...ctx, withStages: !QUICK }))
  r.municipality = await section('municipality', () => municipality(ctx))
  const seconds = (performance.now() - started) / 1000
  const targetTable = targets({ cold: r.cold.data, warm: r.warm.data, peers: r.peers.data, scale: r.scale.data, municipality: r.municipality.data, sizes })
  writeFileSync(path.join(ROOT, 'bench/results.md'), report({ machine, seconds, targetTable, r, pdfNote }))
  writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify({ machine, runs, sizes, seconds, results: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.data])) }, null, 1))
  log(`wrote bench/results.md in ${seconds.toFixed(0)} s`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

function report({ machine, seconds, targetTable, r, pdfNote }) {
  const typstWarm = r.peers.data.typstWarm?.time
  return `# vplan benchmark results

- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, ${machine.platform}
- Node ${machine.node}; ${machine.date}; load average (1, 5, 15 min) at start ${machine.load}, at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}
- Every figure: median of ${runs} runs (min–max) after one discarded warm-up run unless said; "noise" is ±half the min–max spread relative to the median. Peak RSS: ${rssSource}.
- ${QUICK ? 'BENCH_QUICK=1: fewer runs and sizes. ' : ''}PDF: ${pdfNote ? `not measured, ${pdfNote}` : 'measured'}; whole run ${seconds.toFixed(0)} s.

## Targets (issues 7 and 20)

${targetTable}

## Seeds: cold CLI (fresh process)

${r.cold.markdown}

## Seeds: warm rebuild in one process (loadPlan + buildPlan, templates loaded once)

${r.warm.markdown}

## Where the time goes (per stage, in-process)

${r.stages.markdown}

## Start-up

${r.startup.markdown}

## Peers on the same two documents

${r.peers.markdown}
${typstWarm ? `\nTypst warm (one process, a one-word edit per rebuild, ${r.peers.data.typstWarm.doc}): ${Math.round(typstWarm.median)} ms (${Math.round(typstWarm.min)}–${Math.round(typstWarm.max)}).\n` : ''}
## Scale: synthetic plans (bench/generate-plan.js)

${r.scale.markdown}

## A municipality: many plans, threads, and rebuilding only what changed (issue 20)

${r.municipality.markdown}
`
}
