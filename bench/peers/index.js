// The peers, each printing or converting the same two documents vplan built. A peer that is not
// installed is skipped with a note. Each returns the shell command that does both documents.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const q = (s) => `'${String(s).replaceAll("'", "'\\''")}'`
const which = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined
const CHILD = new URL('./typst-child.js', import.meta.url).pathname

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--no-pdf-header-footer']

export const PEERS = [
  {
    name: 'Chromium', output: 'pdf', input: 'vplan HTML',
    available: () => (which('chromium') ? undefined : 'not installed (Debian: apt-get install chromium)'),
    command: (docs, out) => docs.map((d) => `chromium ${CHROMIUM_FLAGS.join(' ')} --user-data-dir=${q(path.join(out, 'chromium-profile'))} --print-to-pdf=${q(path.join(out, d.id + '.chromium.pdf'))} ${q('file://' + d.html)} 2>/dev/null`).join(' && '),
  },
  {
    name: 'WeasyPrint', output: 'pdf', input: 'vplan HTML',
    available: () => (which('weasyprint') ? undefined : 'not installed (Debian: apt-get install weasyprint)'),
    command: (docs, out) => docs.map((d) => `weasyprint -q ${q(d.html)} ${q(path.join(out, d.id + '.weasyprint.pdf'))}`).join(' && '),
  },
  {
    name: 'Typst', output: 'pdf', input: 'composed Markdown → Typst (bench/md-to-typst.js)',
    available: () => {
      try {
        createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler')
        return undefined
      } catch (error) {
        return `@myriaddreamin/typst-ts-node-compiler is not installed (it is not a devDependency: its 0.7.0 binaries are published for Linux x64 only, so the lock file would break npm ci elsewhere; install it with npm install --no-save @myriaddreamin/typst-ts-node-compiler): ${error.message.split('\n')[0]}`
      }
    },
    command: (docs, out) => `${q(process.execPath)} ${q(CHILD)} cold ${q(out)} ${docs.map((d) => q(d.typ)).join(' ')}`,
  },
  {
    name: 'pandoc', output: 'html', input: 'composed Markdown (gfm)',
    available: () => (which('pandoc') ? undefined : 'not installed (Debian: apt-get install pandoc)'),
    command: (docs, out) => docs.map((d) => `pandoc -f gfm -t html5 -s --metadata title=${q(d.title)} -o ${q(path.join(out, d.id + '.pandoc.html'))} ${q(d.md)}`).join(' && '),
  },
]
