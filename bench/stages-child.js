// Child process: each stage's time for one plan, first (cold) call and warm repeats.
// Usage: node bench/stages-child.js PLAN_DIR RUNS [pdf|nopdf]  → JSON on stdout
import { importVplan, runStages } from './lib/vplan-api.js'

const [dir, runs = '5', pdf = 'pdf'] = process.argv.slice(2)
const started = performance.now()
const api = await importVplan({ pdf: pdf === 'pdf' })
const importMs = performance.now() - started
const templates = new Map()
const first = await runStages(api, dir, templates)
const repeats = []
const repeatsCpu = []
for (let i = 0; i < Number(runs); i++) {
  const r = await runStages(api, dir, templates)
  repeats.push(r.times)
  repeatsCpu.push(r.cpu)
}
process.stdout.write(JSON.stringify({ importMs, first: first.times, firstCpu: first.cpu, repeats, repeatsCpu, markdownBytes: first.markdownBytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
