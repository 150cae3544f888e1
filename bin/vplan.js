#!/usr/bin/env node
// Thin shim: the CLI is compiled to dist/ on install (npm's prepare script).
import { main } from '../dist/cli/main.js'

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
