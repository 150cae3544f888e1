// Cold CLI: `node bin/vplan.js build` of both seeds in a fresh process, per set of formats.
// Always --force: without it every run after the first finds its outputs up to date and builds
// nothing, which must never pass for a cold build.
import path from 'node:path'
import { measure } from '../lib/measure.js'
import { BIN, ROOT, SEEDS } from '../lib/paths.js'
import { formatMb, formatSpread, formatTime } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

export async function cold({ runs, work, pdf, pdfNote }) {
  const variants = pdf ? ['pdf,html,md', 'pdf', 'html', 'md'] : ['html,md', 'html', 'md']
  const data = {}
  const rows = []
  for (const formats of variants) {
    const out = path.join(work, `cold-${formats.replaceAll(',', '-')}`)
    const m = measure(process.execPath, [BIN, 'build', ...SEEDS, '--out', out, '--format', formats, '--force'], { runs, cwd: ROOT })
    data[formats] = m
    rows.push([`vplan build (both seeds) --format ${formats}`, m.failed ? `failed: ${m.failed}` : formatTime(m.time), formatSpread(m.time), formatTime(m.cpu), m.failed ? '' : formatMb(m.rss)])
  }
  const note = pdf ? '' : `\n\nPDF variants skipped: ${pdfNote}.`
  return { data, markdown: mdTable(['command', 'wall time, median (min–max)', 'noise', 'CPU time', 'peak RSS'], rows) + note }
}
