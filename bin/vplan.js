#!/usr/bin/env node
// Thin shim. `npm run compile` (also run by npm install's prepare and `npm run build`) compiles
// the CLI to dist/ and bundles it into dist/bundle/, which starts faster (scripts/bundle.js).
// The bundle runs only while it is at least as new as tsc's last output: a bare `tsc`, as some
// tests run, updates dist/ but not the bundle, and then dist/ is what is current.
// VPLAN_NO_BUNDLE=1 runs dist/ anyway; VPLAN_DEBUG=1 says which one runs.
import { statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const BUNDLE = new URL('../dist/bundle/vplan.js', import.meta.url)
const COMPILED = new URL('../dist/cli/main.js', import.meta.url)
/** tsc rewrites this whenever it emits, and only then. */
const TSC_STAMP = new URL('../dist/.tsbuildinfo', import.meta.url)

function bundleIsCurrent() {
  if (process.env.VPLAN_NO_BUNDLE) return false
  const bundled = statSync(BUNDLE, { throwIfNoEntry: false })
  const compiled = statSync(TSC_STAMP, { throwIfNoEntry: false })
  return bundled !== undefined && (compiled === undefined || bundled.mtimeMs >= compiled.mtimeMs)
}

const entry = bundleIsCurrent() ? BUNDLE : COMPILED
if (process.env.VPLAN_DEBUG) process.stderr.write(`vplan: running ${fileURLToPath(entry)}\n`)
// Not a top-level await: a command that leaves nothing to wait for must end the process as before.
import(entry.href)
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
  })
