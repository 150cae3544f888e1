#!/usr/bin/env node
// Measures drawing the same-styled words of a line as one run (merge-runs-preload.js) against
// vplan as it is: cold PDF builds, interleaved, CPU and wall; PDF size; and whether the text a
// reader copies out (pdftotext) and the pages (pdftoppm at 50 dpi) stay the same. The PDF bytes
// differ by design, which is why this is a prototype and not in src/.
// Usage: node bench/prototype/merge-runs.js [ROUNDS] [PLAN…]   (default: both seeds)
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { BIN, ROOT, SEEDS } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const [roundsArg = '3', ...plansArg] = process.argv.slice(2)
const plans = plansArg.length ? plansArg.map((p) => path.resolve(p)) : SEEDS
const PRELOAD = new URL('./merge-runs-preload.js', import.meta.url).pathname
const variants = { 'as is': [], 'one run per style': ['--import', PRELOAD] }
const work = path.join(ROOT, 'bench/.cache/merge-runs')
const figures = {}
for (let round = 0; round < Number(roundsArg); round++) {
  for (const [name, flags] of round % 2 ? Object.entries(variants).reverse() : Object.entries(variants)) {
    const out = path.join(work, name.replaceAll(' ', '-'))
    mkdirSync(out, { recursive: true })
    const r = runOnce(process.execPath, [...flags, BIN, 'build', ...plans, '--out', out, '--format', 'pdf', '--force'], { cwd: ROOT })
    if (r.status !== 0) throw new Error(r.stderr)
    const entry = (figures[name] ??= { cpu: [], wall: [], rss: [] })
    entry.cpu.push(r.cpuMs)
    entry.wall.push(r.ms)
    entry.rss.push(r.rssMb)
  }
}
const dirOf = (name) => path.join(work, name.replaceAll(' ', '-'))
const pdfs = (name) => readdirSync(dirOf(name)).filter((f) => f.endsWith('.pdf')).sort()
const tool = (cmd, args) => spawnSync(cmd, args, { encoding: 'buffer', maxBuffer: 1 << 30 }).stdout
const sameText = pdfs('as is').every((f) => tool('pdftotext', [path.join(dirOf('as is'), f), '-']).equals(tool('pdftotext', [path.join(dirOf('one run per style'), f), '-'])))
const samePages = pdfs('as is').every((f) => tool('pdftoppm', ['-r', '50', '-png', path.join(dirOf('as is'), f)]).equals(tool('pdftoppm', ['-r', '50', '-png', path.join(dirOf('one run per style'), f)])))
const size = (name) => pdfs(name).reduce((sum, f) => sum + statSync(path.join(dirOf(name), f)).size, 0)
const rows = Object.keys(variants).map((name) => [name, formatTime(summarize(figures[name].cpu)), formatTime(summarize(figures[name].wall)), `${Math.round(summarize(figures[name].rss).max)} MB`, `${(size(name) / 1e6).toFixed(2)} MB`])
process.stdout.write(mdTable(['variant', 'CPU, median', 'wall, median', 'peak RSS', 'PDF size'], rows) + `\n\ntext (pdftotext): ${sameText ? 'identical' : 'DIFFERENT'}; pages at 50 dpi: ${samePages ? 'identical' : 'DIFFERENT'}\n`)
