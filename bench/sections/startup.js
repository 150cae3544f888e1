// Start-up: what a fresh Node process pays before vplan does any work.
import { measure } from '../lib/measure.js'
import { BIN, ROOT, distUrl } from '../lib/paths.js'
import { formatMb, formatTime } from '../lib/stats.js'
import { mdTable } from '../lib/table.js'

const importing = (file) => ['--input-type=module', '-e', `await import(${JSON.stringify(distUrl(file))})`]

export async function startup({ runs }) {
  const cases = [
    ['node -e 0 (Node itself)', ['-e', '0']],
    ['vplan --help (CLI shim)', [BIN, '--help']],
    ['import build command (load, compose, parse)', importing('cli/build.js')],
    ['import HTML renderer', importing('render/html/index.js')],
    ['import PDF renderer (pdfmake)', importing('render/pdf/index.js')],
  ]
  const data = {}
  const rows = []
  for (const [name, args] of cases) {
    const m = measure(process.execPath, args, { runs, cwd: ROOT })
    data[name] = m
    rows.push([name, m.failed ? `failed: ${m.failed}` : formatTime(m.time), m.failed ? '' : formatTime(m.cpu), m.failed ? '' : formatMb(m.rss)])
  }
  return { data, markdown: mdTable(['process', 'wall time, median (min–max)', 'CPU time', 'peak RSS'], rows) }
}
