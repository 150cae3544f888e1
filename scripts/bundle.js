// Bundles the compiled CLI (dist/, after tsc and scripts/precompile-templates.js) with esbuild into
// dist/bundle/, which bin/vplan.js runs: a few chunks to read instead of some 790 modules (600 of
// them in node_modules) to resolve, read and link one by one, a large part of a fresh process's
// start-up. Part of `npm run compile`.
//
// - Code splitting keeps the dynamic imports lazy: the HTML and PDF renderers, each command,
//   the diff's HTML report and the precompiled templates are chunks loaded when first needed.
// - Every file lands in dist/bundle/ itself, two levels below the package like dist/<dir>/, so
//   the paths the code builds from import.meta.url still hold: ../../templates/ (the shipped
//   templates) and ./pdf-worker.js (serve's PDF thread, an entry of its own here); pdfmake's fonts
//   are still found in node_modules from there.
// - pdfmake stays outside: pdfkit reads its font metrics (data/*.afm) from beside its own file
//   and pdfmake's virtual file system uses __dirname, neither of which survives bundling. Bundling
//   it would not pay anyway: importing it took about 160 ms bundled or not (running its code is the
//   cost, not finding it).
import { build } from 'esbuild'
import { renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const TARGET = path.join(ROOT, 'dist/bundle')
// Built beside the target and swapped in, so a CLI starting meanwhile finds a whole bundle or none.
const staging = `${TARGET}.tmp-${process.pid}`

/** The bundle's own `require`, for the CommonJS packages inside it (handlebars, yaml, postcss …). */
const BANNER = "import { createRequire as __vplanCreateRequire } from 'node:module'; const require = __vplanCreateRequire(import.meta.url);"

const started = performance.now()
rmSync(staging, { recursive: true, force: true })
try {
  await build({
    entryPoints: {
      vplan: path.join(ROOT, 'scripts/bundle/cli.js'),
      'pdf-worker': path.join(ROOT, 'scripts/bundle/pdf-worker.js'),
      'build-worker': path.join(ROOT, 'scripts/bundle/build-worker.js'),
    },
    outdir: staging,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // ES modules first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow.
    mainFields: ['module', 'main'],
    external: ['pdfmake'],
    banner: { js: BANNER },
    legalComments: 'none',
    logLevel: 'warning',
  })
  rmSync(TARGET, { recursive: true, force: true })
  renameSync(staging, TARGET)
} finally {
  rmSync(staging, { recursive: true, force: true })
}
process.stderr.write(`bundled the CLI into dist/bundle/ in ${Math.round(performance.now() - started)} ms\n`)
