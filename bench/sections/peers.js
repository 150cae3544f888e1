// The peers on the same two documents, side by side with vplan's cold builds.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { measure, runOnce } from '../lib/measure.js'
import { PEERS } from '../peers/index.js'
import { ROOT } from '../lib/paths.js'
import { formatMb, formatSpread, formatTime, ratio, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const TYPST_CHILD = new URL('../peers/typst-child.js', import.meta.url).pathname

export async function peers({ runs, work, docs, cold }) {
  const out = path.join(work, 'peers')
  mkdirSync(out, { recursive: true })
  const full = cold[Object.keys(cold)[0]]
  const data = {}
  const rows = []
  const notes = []
  for (const peer of PEERS) {
    const missing = peer.available()
    if (missing) {
      notes.push(`- ${peer.name}: skipped, ${missing}.`)
      continue
    }
    const m = measure('/bin/sh', ['-c', peer.command(docs, out)], { runs, cwd: ROOT })
    data[peer.name] = m
    if (m.failed) {
      notes.push(`- ${peer.name}: failed, ${m.failed}`)
      continue
    }
    const same = cold[peer.output]?.time
    rows.push([peer.name, peer.input, peer.output.toUpperCase(), formatTime(m.time), formatSpread(m.time), formatTime(m.cpu), formatMb(m.rss),
      ratio(full?.time, m.time), same ? ratio(same, m.time) : 'n/a'])
  }
  if (!PEERS.find((p) => p.name === 'Typst').available()) data.typstWarm = typstWarm(docs[0], runs)
  const table = mdTable(['peer (both seeds)', 'input', 'output', 'wall time, median (min–max)', 'noise', 'CPU time', 'peak RSS', 'vplan full build / peer', 'vplan same format / peer'], rows)
  return { data, markdown: [table, notes.join('\n')].filter(Boolean).join('\n\n') }
}

function typstWarm(doc, runs) {
  const run = runOnce(process.execPath, [TYPST_CHILD, 'warm', String(Math.max(runs, 10)), '3', doc.typ], { cwd: ROOT })
  if (run.status !== 0) return { failed: run.stderr.slice(-300) }
  const result = JSON.parse(run.stdout)
  return { time: summarize(result.times), rssMb: result.maxRssMb, doc: doc.id }
}
