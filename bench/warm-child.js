// Child process: warm in-process rebuilds of one plan, as `vplan serve` does after an edit:
// templates loaded once, then loadPlan + buildPlan per rebuild. Before every rebuild one word is
// added to the plan's largest chapter (a new word each time), so caches keyed by text see what an
// editor's save gives them: one changed file, the rest as before.
// Usage: node bench/warm-child.js PLAN_DIR FORMAT RUNS WARMUP  → JSON on stdout
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { importVplan } from './lib/vplan-api.js'

const [source, format, runs = '10', warmup = '3'] = process.argv.slice(2)
const dir = mkdtempSync(path.join(os.tmpdir(), 'vplan-warm-'))
cpSync(source, dir, { recursive: true })
const chapter = largestChapter(dir)
const original = readFileSync(chapter, 'utf8')
const editAt = original.search(/\n[A-ZÅÄÖ][^\n]*\n/) + 1

const api = await importVplan()
const first = await api.loadPlan(dir)
const templates = await api.resolveTemplates(first.plan.meta.template)
const times = []
const cpu = []
try {
  for (let i = -Number(warmup); i < Number(runs); i++) {
    writeFileSync(chapter, `${original.slice(0, editAt)}Utkast${i + 100} ${original.slice(editAt)}`)
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    const loaded = await api.loadPlan(dir)
    const result = await api.buildPlan({ loaded, templates, formats: [format], composedFile: 'out.md' })
    if (!result.outputs[format]) throw new Error(`no ${format} output: ${JSON.stringify(result.diagnostics.slice(0, 3))}`)
    const used = process.cpuUsage(cpuStarted)
    if (i >= 0) {
      times.push(performance.now() - started)
      cpu.push((used.user + used.system) / 1000)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.stdout.write(JSON.stringify({ times, cpu, maxRssMb: process.resourceUsage().maxRSS / 1024, edited: path.relative(dir, chapter) }))

function largestChapter(planDir) {
  const files = readdirSync(planDir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))
  return path.join(planDir, files.sort((a, b) => statSync(path.join(planDir, b)).size - statSync(path.join(planDir, a)).size)[0])
}
