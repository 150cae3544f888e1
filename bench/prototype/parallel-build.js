// Prototype (bench only): `vplan build` of several plans, either one after another in this thread
// (what the CLI does) or one worker thread per plan (at most one per core).
// Usage: node bench/prototype/parallel-build.js seq|workers OUT_DIR PLAN_DIR...
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { importVplan } from '../lib/vplan-api.js'

async function buildOne(dir, out) {
  const api = await importVplan()
  const loaded = await api.loadPlan(dir)
  const templates = await api.resolveTemplates(loaded.plan.meta.template)
  const result = await api.buildPlan({ loaded, templates, formats: ['pdf', 'html', 'md'], composedFile: path.join(out, `${loaded.id}.md`) })
  for (const [format, content] of Object.entries(result.outputs)) writeFileSync(path.join(out, `${loaded.id}.${format}`), content)
}

if (!isMainThread) {
  await buildOne(workerData.dir, workerData.out)
  parentPort.postMessage('done')
} else {
  const [mode, out, ...dirs] = process.argv.slice(2)
  mkdirSync(out, { recursive: true })
  if (mode === 'seq') {
    for (const dir of dirs) await buildOne(dir, out)
  } else {
    const queue = [...dirs]
    const lanes = Array.from({ length: Math.min(os.availableParallelism(), dirs.length) }, async () => {
      for (let dir; (dir = queue.shift()); ) {
        await new Promise((resolve, reject) => {
          new Worker(new URL(import.meta.url), { workerData: { dir, out } }).once('message', resolve).once('error', reject)
        })
      }
    })
    await Promise.all(lanes)
  }
}
