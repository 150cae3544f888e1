#!/usr/bin/env node
// A/B of the PDF renderer between two checkouts (each with a compiled dist/), runs interleaved
// (A B A B …) because the machine is shared and noisy; reports median CPU (user+sys) per figure.
// Usage: node bench/prototype/pdf-ab.js BASE_ROOT NEW_ROOT [ROUNDS] [FIGURES]
//   FIGURES: comma-separated of warm-knivsta, warm-danderyd, stage-knivsta, stage-danderyd,
//            cold-seeds, cold-200, cold-1000 (default: all but cold-1000)
// Synthetic plans are read from /tmp/pdf-200 and /tmp/pdf-1000 (bench/generate-plan.js).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { summarize } from '../lib/stats.js'

const [baseRoot, newRoot, roundsArg = '5', figuresArg] = process.argv.slice(2)
if (!baseRoot || !newRoot) throw new Error('usage: pdf-ab.js BASE_ROOT NEW_ROOT [ROUNDS] [FIGURES]')
const roots = { base: path.resolve(baseRoot), new: path.resolve(newRoot) }
const seed = (root, id) => path.join(root, 'plans', id)

/** name → (root, outDir) → { args, read(result) → cpu ms or null (then the process CPU counts) } */
const FIGURES = {
  'warm-knivsta': (root) => warm(root, 'knivsta-sn-2024'),
  'warm-danderyd': (root) => warm(root, 'danderyd-sn-2024'),
  'stage-knivsta': (root) => stage(root, 'knivsta-sn-2024'),
  'stage-danderyd': (root) => stage(root, 'danderyd-sn-2024'),
  'cold-seeds': (root, out) => ({ args: [path.join(root, 'bin/vplan.js'), 'build', seed(root, 'knivsta-sn-2024'), seed(root, 'danderyd-sn-2024'), '--format', 'pdf', '--out', out] }),
  'cold-200': (root, out) => ({ args: [path.join(root, 'bin/vplan.js'), 'build', '/tmp/pdf-200', '--format', 'pdf', '--out', out] }),
  'cold-1000': (root, out) => ({ args: [path.join(root, 'bin/vplan.js'), 'build', '/tmp/pdf-1000', '--format', 'pdf', '--out', out] }),
}

/** Median CPU of the warm rebuilds (load + build, PDF only) within one process. */
function warm(root, id) {
  return { args: [path.join(root, 'bench/warm-child.js'), seed(root, id), 'pdf', '10', '3'], read: (r) => summarize(JSON.parse(r.stdout).cpu).median }
}

/** Median CPU of the PDF stage alone, warm. */
function stage(root, id) {
  return { args: [path.join(root, 'bench/stages-child.js'), seed(root, id), '8'], read: (r) => summarize(JSON.parse(r.stdout).repeatsCpu.map((c) => c.pdf)).median }
}

const chosen = figuresArg ? figuresArg.split(',') : Object.keys(FIGURES).filter((name) => name !== 'cold-1000')
const results = {}
for (let round = 0; round < Number(roundsArg); round++) {
  for (const name of chosen) {
    const order = round % 2 === 0 ? ['base', 'new'] : ['new', 'base']
    for (const variant of order) {
      const out = mkdtempSync(path.join(tmpdir(), 'vplan-pdf-ab-'))
      const figure = FIGURES[name](roots[variant], out)
      const r = runOnce(process.execPath, figure.args, { cwd: roots[variant] })
      rmSync(out, { recursive: true, force: true })
      if (r.status !== 0) throw new Error(`${name} ${variant}: ${r.stderr}`)
      const entry = ((results[name] ??= {})[variant] ??= { cpu: [], rss: [], wall: [] })
      entry.cpu.push(figure.read ? figure.read(r) : r.cpuMs)
      entry.rss.push(r.rssMb)
      entry.wall.push(r.ms)
    }
  }
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)
for (const [name, byVariant] of Object.entries(results)) {
  const b = summarize(byVariant.base.cpu)
  const n = summarize(byVariant.new.cpu)
  const rss = (v) => summarize(byVariant[v].rss).max.toFixed(0)
  const wall = (v) => fmt(summarize(byVariant[v].wall).median)
  process.stdout.write(`${name.padEnd(15)} CPU base ${fmt(b.median)} (${fmt(b.min)}–${fmt(b.max)})  new ${fmt(n.median)} (${fmt(n.min)}–${fmt(n.max)})  ${(((n.median - b.median) / b.median) * 100).toFixed(1)} %  | wall ${wall('base')} → ${wall('new')} | peak RSS ${rss('base')} → ${rss('new')} MB\n`)
}
