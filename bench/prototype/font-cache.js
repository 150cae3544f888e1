#!/usr/bin/env node
// Measures the font-cache prototype: warm PDF rebuilds of knivsta (CPU ms per rebuild) and a cold
// PDF build of both seeds, without and with the preload, interleaved; checks the PDFs are identical.
// Usage: node bench/prototype/font-cache.js [ROUNDS]
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { BIN, ROOT, SEEDS } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const rounds = Number(process.argv[2] ?? 3)
const PRELOAD = new URL('./font-cache-preload.js', import.meta.url).pathname
const WARM = path.join(ROOT, 'bench/warm-child.js')
const variants = { 'pdfkit as is': {}, 'fonts once': { FONT_CACHE: 'font' }, 'fonts + layouts once': { FONT_CACHE: 'layout' } }
const preload = (env) => (env.FONT_CACHE ? ['--import', PRELOAD] : [])
const warm = {}
const cold = {}
for (let round = 0; round < rounds; round++) {
  for (const [name, env] of Object.entries(variants)) {
    const w = runOnce(process.execPath, [...preload(env), WARM, SEEDS[0], 'pdf', '5', '2'], { cwd: ROOT, env })
    if (w.status !== 0) throw new Error(w.stderr)
    ;(warm[name] ??= []).push(...JSON.parse(w.stdout).cpu)
    const out = path.join(ROOT, 'bench/.cache/font-cache', name.replaceAll(' ', '-'))
    mkdirSync(out, { recursive: true })
    const c = runOnce(process.execPath, [...preload(env), BIN, 'build', ...SEEDS, '--out', out, '--format', 'pdf', '--force'], { cwd: ROOT, env })
    if (c.status !== 0) throw new Error(c.stderr)
    ;(cold[name] ??= []).push(c.cpuMs)
  }
}
const same = (name) => SEEDS.every((dir) => {
  const file = `${path.basename(dir)}.pdf`
  const a = readFileSync(path.join(ROOT, 'bench/.cache/font-cache/pdfkit-as-is', file))
  return a.equals(readFileSync(path.join(ROOT, 'bench/.cache/font-cache', name.replaceAll(' ', '-'), file)))
})
const rows = Object.keys(variants).map((name) => [name, formatTime(summarize(warm[name])), formatTime(summarize(cold[name])), same(name) ? 'identical' : 'DIFFERENT'])
process.stdout.write(mdTable(['variant', 'warm PDF rebuild of knivsta, CPU', 'cold PDF build of both seeds, CPU', 'PDF bytes'], rows) + '\n')
