#!/usr/bin/env node
// Prototype for the start-up recommendation: the CLI bundled by esbuild (dynamic imports kept as
// lazy chunks), measured against bin/vplan.js on the same builds, runs interleaved (A B A B …) so
// that the machine's noise hits both alike. Checks the outputs are byte-identical.
// Usage: node bench/prototype/bundle.js [RUNS]   (bundle in bench/.cache/bundle/, nothing else touched)
import { build } from 'esbuild'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { runOnce } from '../lib/measure.js'
import { BIN, ROOT, SEEDS } from '../lib/paths.js'
import { formatTime, summarize } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const runs = Number(process.argv[2] ?? 5)
const outdir = path.join(ROOT, 'bench/.cache/bundle')
rmSync(outdir, { recursive: true, force: true })
const started = performance.now()
await build({
  stdin: { contents: `import { main } from ${JSON.stringify(path.join(ROOT, 'dist/cli/main.js'))}\nmain(process.argv.slice(2)).then((code) => { process.exitCode = code })`, resolveDir: ROOT, sourcefile: 'vplan.js' },
  bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', outdir, entryNames: 'vplan',
  minifyWhitespace: true, minifySyntax: true, legalComments: 'none', logLevel: 'error',
  external: (process.env.BUNDLE_EXTERNAL ?? 'pdfmake').split(',').filter(Boolean),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
})
const bundled = path.join(outdir, 'vplan.js')
process.stderr.write(`bundled in ${Math.round(performance.now() - started)} ms → ${bundled}\n`)

const rows = []
for (const formats of ['md', 'html', 'pdf', 'pdf,html,md']) {
  const times = { shim: [], bundle: [] }
  const cpu = { shim: [], bundle: [] }
  const out = (kind) => path.join(ROOT, `bench/.cache/bundle-out/${kind}-${formats.replaceAll(',', '-')}`)
  for (let i = -1; i < runs; i++) {
    for (const [kind, entry] of [['shim', BIN], ['bundle', bundled]]) {
      mkdirSync(out(kind), { recursive: true })
      const r = runOnce(process.execPath, [entry, 'build', ...SEEDS, '--out', out(kind), '--format', formats, '--force'], { cwd: ROOT })
      if (r.status !== 0) throw new Error(`${kind} ${formats}: ${r.stderr}`)
      if (i >= 0) times[kind].push(r.ms), cpu[kind].push(r.cpuMs)
    }
  }
  const same = SEEDS.every((dir) => formats.split(',').every((f) => {
    const file = `${path.basename(dir)}.${f}`
    return readFileSync(path.join(out('shim'), file)).equals(readFileSync(path.join(out('bundle'), file)))
  }))
  const a = summarize(times.shim)
  const b = summarize(times.bundle)
  const [ca, cb] = [summarize(cpu.shim), summarize(cpu.bundle)]
  rows.push([formats, formatTime(a), formatTime(b), `${Math.round(a.median - b.median)} ms`, formatTime(ca), formatTime(cb), `${Math.round(ca.median - cb.median)} ms`, same ? 'identical' : 'DIFFERENT (dist/ changed during the run?)'])
}
process.stdout.write(mdTable(['--format (both seeds)', 'wall: bin/vplan.js', 'wall: bundle', 'wall saved', 'CPU: bin/vplan.js', 'CPU: bundle', 'CPU saved', 'outputs'], rows) + '\n')
