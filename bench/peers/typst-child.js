// Child process: Typst (typst-ts-node-compiler) compiles .typ files to PDF with Roboto.
//   cold: node bench/peers/typst-child.js cold OUT_DIR A.typ B.typ     (one compiler, each file once)
//   warm: node bench/peers/typst-child.js warm RUNS WARMUP A.typ        (a one-word edit per rebuild)
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')
const fonts = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'))
const [mode, ...args] = process.argv.slice(2)
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] })

function compile(source) {
  const result = compiler.compile({ mainFileContent: source })
  if (!result.result) throw new Error(`typst: ${JSON.stringify(result.takeDiagnostics?.() ?? result.error)}`.slice(0, 800))
  return compiler.pdf(result.result)
}

if (mode === 'cold') {
  const [out, ...files] = args
  for (const file of files) writeFileSync(path.join(out, path.basename(file, '.typ') + '.pdf'), compile(readFileSync(file, 'utf8')))
} else {
  const [runs, warmup, file] = args
  const source = readFileSync(file, 'utf8')
  const times = []
  for (let i = -Number(warmup); i < Number(runs); i++) {
    const started = performance.now()
    compile(`${source}\n\nRedigering ${i + 100}.\n`)
    if (i >= 0) times.push(performance.now() - started)
  }
  process.stdout.write(JSON.stringify({ times, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}
