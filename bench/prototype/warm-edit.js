#!/usr/bin/env node
// Warm rebuild after a one-word edit, as `vplan serve` does it: the seed plan is copied to /tmp,
// and each round changes one word in one chapter file and runs loadPlan + buildPlan again in this
// process (once for HTML, once for Markdown, each after its own edit), then once more stage by
// stage (load, compose, parse, HTML). Prints medians of wall and CPU time, and checks that the
// last warm HTML and Markdown equal a cold build of the same files in a new process.
//
// Usage: node bench/prototype/warm-edit.js [PLAN_DIR] [ROUNDS] [VPLAN_ROOT]
// VPLAN_ROOT is a checkout whose dist/ is measured (default: this one), to compare before/after.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT, SEEDS } from '../lib/paths.js'
import { summarize } from '../lib/stats.js'

const seed = path.resolve(process.argv[2] ?? SEEDS[0])
const rounds = Number(process.argv[3] ?? 15)
const root = path.resolve(process.argv[4] ?? ROOT)
const { importVplan, runStages } = await import(pathToFileURL(path.join(root, 'bench/lib/vplan-api.js')).href)
const api = await importVplan({ pdf: false })

const dir = mkdtempSync(path.join(tmpdir(), 'vplan-warm-'))
cpSync(seed, dir, { recursive: true })
// The chapter to edit: the middle one, so chunks before and after it stay as they were.
const chapters = readdirSync(path.join(dir, 'kapitel')).sort()
const chapter = path.join(dir, 'kapitel', chapters[Math.floor(chapters.length / 2)])
const original = readFileSync(chapter, 'utf8')
const word = /[A-Za-zÅÄÖåäö]{6,}/.exec(original.slice(original.indexOf('\n\n') + 2))
let edits = 0
/** Replaces the same word with a new one each time, so every round parses text it has not seen. */
function editOneWord() {
  edits++
  const at = original.indexOf('\n\n') + 2 + word.index
  writeFileSync(chapter, original.slice(0, at) + `ord${edits}` + original.slice(at + word[0].length))
}

const templateName = (await api.loadPlan(dir)).plan.meta.template
const templates = await api.resolveTemplates(templateName)
const templatesCache = new Map([[templateName, templates]])
const timed = async (fn) => {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  await fn()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 }
}
const outputs = {}
const rebuild = (format) => timed(async () => {
  const loaded = await api.loadPlan(dir)
  const result = await api.buildPlan({ loaded, templates, formats: [format], composedFile: 'out.md' })
  if (!result.outputs[format]) throw new Error(`no ${format} output`)
  outputs[format] = result.outputs[format]
})

const figures = { html: [], md: [] }
const stages = {}
for (let round = -3; round < rounds; round++) {
  for (const format of ['html', 'md']) {
    editOneWord()
    const t = await rebuild(format)
    if (round >= 0) figures[format].push(t)
  }
  editOneWord()
  const { times, cpu } = await runStages(api, dir, templatesCache)
  if (round >= 0) for (const name of ['load', 'compose', 'parse', 'html']) (stages[name] ??= []).push({ wall: times[name], cpu: cpu[name] })
}
editOneWord()
for (const format of ['html', 'md']) await rebuild(format)
const coldOut = mkdtempSync(path.join(tmpdir(), 'vplan-warm-out-'))
execFileSync(process.execPath, [path.join(root, 'bin/vplan.js'), 'build', dir, '--format', 'html,md', '--out', coldOut], { stdio: 'ignore' })
const id = path.basename(dir)
const same = ['html', 'md'].every((format) => readFileSync(path.join(coldOut, `${id}.${format}`), 'utf8') === outputs[format])
rmSync(coldOut, { recursive: true, force: true })
rmSync(dir, { recursive: true, force: true })

const median = (list, key) => summarize(list.map((t) => t[key])).median.toFixed(1)
const row = (name, list) => `| ${name} | ${median(list, 'wall')} | ${median(list, 'cpu')} |`
process.stdout.write([
  `${path.basename(seed)}, ${rounds} rounds, dist of ${root}; edited ${path.basename(chapter)}`,
  '',
  '| warm, one-word edit | wall ms (median) | CPU ms (median) |',
  '| --- | --- | --- |',
  row('loadPlan + buildPlan html', figures.html),
  row('loadPlan + buildPlan md', figures.md),
  ...Object.entries(stages).map(([name, list]) => row(`stage: ${name}`, list)),
  '',
  `Last warm HTML and Markdown ${same ? 'identical to' : 'DIFFER from'} a cold build of the same files.`,
  '',
].join('\n'))
if (!same) process.exitCode = 1
