// vplan's library entries (`vplan` and `vplan/stages`, see package.json "exports"), as an
// integrator imports them; they point into the compiled dist/ (run `npm run compile` first).
/** `pdf: false` leaves the PDF stage out (pdfmake itself is loaded by the first render). */
export async function importVplan({ pdf = true } = {}) {
  const [{ loadPlan, resolveTemplates, buildPlan }, { derivePlan, composeDocument, parseDocument, renderHtml, renderPdf }] = await Promise.all([
    import('vplan'),
    import('vplan/stages'),
  ])
  return { loadPlan, resolveTemplates, buildPlan, derivePlan, composeDocument, parseDocument, renderHtml, renderPdf: pdf ? renderPdf : undefined }
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
  if (!templatesCache.has(name)) templatesCache.set(name, await api.resolveTemplates(name))
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
