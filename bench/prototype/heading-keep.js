#!/usr/bin/env node
// pdfmake page-break handling: vplan's one-pass keep-with-next groups ('group', the default) against
// pdfmake's pageBreakBefore callback ('callback', which lays the document out again for every
// heading it moves), on the same parsed plan, in one process, interleaved. CPU ms per PDF.
// Usage: node bench/prototype/heading-keep.js PLAN_DIR [RUNS]
import { importVplan } from '../lib/vplan-api.js'
import { SEEDS } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const [dir = SEEDS[0], runs = '3'] = process.argv.slice(2)
const api = await importVplan()
const loaded = await api.loadPlan(dir)
const templates = await api.resolveTemplates(loaded.plan.meta.template)
const derived = api.derivePlan(loaded.plan).derived
const composed = api.composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived, templates, composedFile: 'out.md' })
const doc = () => ({ ...api.parseDocument(composed.markdown, loaded.plan.meta, templates.layout), origin: composed.origin })
const times = { group: [], callback: [] }
const pages = {}
for (let i = -1; i < Number(runs); i++) {
  for (const headingKeep of (process.env.ORDER === 'reverse' ? ['callback', 'group'] : ['group', 'callback'])) {
    const d = doc()
    const start = process.cpuUsage()
    const { bytes } = await api.renderPdf(d, { style: templates.pdfStyle, headingKeep })
    const used = process.cpuUsage(start)
    if (i >= 0) times[headingKeep].push((used.user + used.system) / 1000)
    pages[headingKeep] = Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length
  }
}
process.stdout.write(mdTable(['heading keep', 'PDF render CPU, median (min–max)', 'pages'], Object.keys(times).map((k) => [k, formatTime(summarize(times[k])), pages[k]])) + '\n')
