// vplan's stages, imported from the compiled dist/ (run `npm run compile` first).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { distUrl } from './paths.js'

const load = (file) => import(distUrl(file))
const exists = (file) => existsSync(fileURLToPath(distUrl(file)))

export async function importVplan({ pdf = true, html = true } = {}) {
  const [{ loadPlan }, { loadTemplateSet }, { buildPlan }, { derivePlan }, { composeDocument }, { parseDocument }] = await Promise.all([
    load('load/index.js'), load('load/load-template-set.js'), load('pipeline/build-plan.js'),
    load('derive/index.js'), load('compose/index.js'), load('document/index.js'),
  ])
  const renderHtml = html && exists('render/html/index.js') ? (await load('render/html/index.js')).renderHtml : undefined
  const renderPdf = pdf && exists('render/pdf/index.js') ? (await load('render/pdf/index.js')).renderPdf : undefined
  return { loadPlan, loadTemplateSet, buildPlan, derivePlan, composeDocument, parseDocument, renderHtml, renderPdf }
}

/** Plan folder → everything the renderers take, timing each stage (wall and CPU ms). */
export async function runStages(api, dir, templatesCache = new Map()) {
  const t = {}
  const cpu = {}
  let mark = performance.now()
  let cpuMark = process.cpuUsage()
  const lap = (name) => {
    const now = performance.now()
    const used = process.cpuUsage(cpuMark)
    t[name] = now - mark
    cpu[name] = (used.user + used.system) / 1000
    mark = now
    cpuMark = process.cpuUsage()
  }
  const loaded = await api.loadPlan(dir)
  lap('load')
  const name = loaded.plan.meta.template
  if (!templatesCache.has(name)) templatesCache.set(name, await api.loadTemplateSet(name))
  const templates = templatesCache.get(name)
  lap('templates')
  const derived = api.derivePlan(loaded.plan)
  lap('derive')
  const composed = api.composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived: derived.derived, templates, composedFile: 'out.md' })
  lap('compose')
  const doc = { ...api.parseDocument(composed.markdown, loaded.plan.meta, templates.layout), origin: composed.origin }
  lap('parse')
  if (api.renderHtml) api.renderHtml(doc, { css: templates.css, page: templates.page })
  lap('html')
  let pdfBytes
  if (api.renderPdf) pdfBytes = (await api.renderPdf(doc, { style: templates.pdfStyle })).bytes
  lap('pdf')
  return { times: t, cpu, markdownBytes: composed.markdown.length, pdfBytes: pdfBytes?.length }
}
