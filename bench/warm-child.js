// Child process: warm in-process rebuilds of one plan, as `vplan serve` does after an edit:
// templates loaded once, then loadPlan + buildPlan per rebuild.
// Usage: node bench/warm-child.js PLAN_DIR FORMAT RUNS WARMUP  → JSON on stdout
import { importVplan } from './lib/vplan-api.js'

const [dir, format, runs = '10', warmup = '3'] = process.argv.slice(2)
const api = await importVplan()
const first = await api.loadPlan(dir)
const templates = await api.loadTemplateSet(first.plan.meta.template)
const times = []
const cpu = []
for (let i = -Number(warmup); i < Number(runs); i++) {
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
process.stdout.write(JSON.stringify({ times, cpu, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
