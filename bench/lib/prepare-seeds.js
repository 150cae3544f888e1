// Untimed set-up: build both seeds once (every format) so the peers get vplan's own HTML and the
// composed Markdown, and write the Typst equivalents.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { runOnce } from './measure.js'
import { BIN, ROOT, SEEDS, hasPdfRenderer } from './paths.js'
import { typstSourceFor } from './typst-source.js'

export async function prepareSeeds(work) {
  const out = path.join(work, 'seeds')
  mkdirSync(out, { recursive: true })
  const build = (formats) => runOnce(process.execPath, [BIN, 'build', ...SEEDS, '--out', out, '--format', formats, '--force'], { cwd: ROOT })
  let pdf = hasPdfRenderer() ? undefined : 'the PDF renderer is not in dist/ yet'
  if (!pdf) {
    const run = build('pdf')
    if (run.status !== 0) pdf = `the PDF build fails: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`
  }
  const run = build('html,md')
  if (run.status !== 0) throw new Error(`vplan build of the seeds failed: ${run.stderr}`)
  const docs = []
  for (const dir of SEEDS) {
    const id = path.basename(dir)
    const plan = parse(readFileSync(path.join(dir, 'plan.yaml'), 'utf8'))
    const layout = readLayout(plan.meta.template)
    const doc = { id, dir, title: plan.meta.title, html: path.join(out, `${id}.html`), md: path.join(out, `${id}.md`), typ: path.join(out, `${id}.typ`) }
    doc.pdf = existsSync(path.join(out, `${id}.pdf`)) ? path.join(out, `${id}.pdf`) : undefined
    writeFileSync(doc.typ, await typstSourceFor(doc.md, { meta: plan.meta, layout }))
    docs.push(doc)
  }
  return { docs, pdf: !pdf, pdfNote: pdf }
}

export function readLayout(template) {
  const read = (name) => {
    const file = path.join(ROOT, 'templates', name, 'template.json')
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  }
  return { ...read('default'), ...read(template) }
}
