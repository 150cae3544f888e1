#!/usr/bin/env node
// Measures the chunked, cached parse (prototype/chunked-parse.js) on a warm rebuild after a
// one-word edit in one narrative file, and checks the tree equals a whole-document parse.
// Usage: node bench/prototype/parse-cache.js [PLAN_DIR]
import { isDeepStrictEqual } from 'node:util'
import { importVplan } from '../lib/vplan-api.js'
import { SEEDS, distUrl } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'
import { parseChunked } from './chunked-parse.js'

const dir = process.argv[2] ?? SEEDS[0]
const api = await importVplan({ pdf: false })
// The whole-text parse, not the chunked one vplan now uses: the prototype is measured against it.
const { parseWholeText: parseMarkdown } = await import(distUrl('markdown/markdown-processor.js'))
const loaded = await api.loadPlan(dir)
const templates = await api.resolveTemplates(loaded.plan.meta.template)
const [file, narrative] = [...loaded.narratives].at(-2)

function composeWithEdit(i) {
  const narratives = new Map(loaded.narratives)
  narratives.set(file, { ...narrative, text: narrative.text.replace(/\.(\s|$)/, ` (redigering ${i}).$1`) })
  const derived = api.derivePlan(loaded.plan).derived
  return api.composeDocument({ plan: loaded.plan, narratives, derived, templates, composedFile: 'out.md' }).markdown
}

const cpu = (fn) => {
  const s = process.cpuUsage()
  const result = fn()
  const u = process.cpuUsage(s)
  return [result, (u.user + u.system) / 1000]
}
const whole = []
const chunked = []
let equal = true
for (let i = -3; i < 15; i++) {
  const markdown = composeWithEdit(i)
  const [a, ta] = cpu(() => parseMarkdown(markdown))
  const [b, tb] = cpu(() => parseChunked(markdown, parseMarkdown))
  equal &&= isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))
  if (i >= 0) whole.push(ta), chunked.push(tb)
}
process.stdout.write(mdTable(['parse after a one-word edit in ' + file, 'CPU ms, median (min–max)'], [
  ['whole document (as now)', formatTime(summarize(whole))],
  ['chunked, unchanged chunks from cache', formatTime(summarize(chunked))],
]) + `\n\nTrees ${equal ? 'identical (positions included)' : 'DIFFER'}.\n`)
