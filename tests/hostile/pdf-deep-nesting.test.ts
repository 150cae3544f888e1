import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { ensureCompiled, ROOT } from './support/cli.js'

/**
 * Markdown nested deeper than the page is wide (about 30 list or quote levels) made pdfmake loop
 * forever, because every level indented until the text width reached zero. The loader refuses
 * more than 16 levels (src/load/limits.ts); the renderer itself must end too, so quotes stop
 * indenting near the minimum width and lists below the eighth level are laid out flat.
 */
const BUDGET_MS = 20_000

function renderInWorker(markdown: string): Promise<'done' | 'timeout'> {
  const url = (file: string) => pathToFileURL(path.join(ROOT, 'dist', file)).href
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    ;(async () => {
      const { parseDocument } = await import(${JSON.stringify(url('document/index.js'))})
      const { renderPdf } = await import(${JSON.stringify(url('render/pdf/index.js'))})
      const meta = { municipality: 'Knivsta kommun', board: 'Socialnämnden', year: 2024, title: 'Verksamhetsplan 2024', date: '2023-12-01', template: 'default', keywords: [] }
      const doc = parseDocument(workerData, meta, { numberDepth: 0, tocDepth: 2, tocTitle: 'Innehåll' })
      await renderPdf(doc)
      parentPort.postMessage('done')
    })()`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: markdown })
    const timer = setTimeout(() => void worker.terminate().then(() => resolve('timeout')), BUDGET_MS)
    worker.on('message', () => {
      clearTimeout(timer)
      void worker.terminate().then(() => resolve('done'))
    })
    worker.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

describe('PDF renderer and deep nesting (src/render/pdf)', () => {
  it('lays out 16 nested quotes, the most the loader lets through', async () => {
    ensureCompiled()
    expect(await renderInWorker(`${'>'.repeat(16)} I dagsläget finns det inga inplanerade investeringar.\n`)).toBe('done')
  }, BUDGET_MS + 30_000)

  it('ends for 40 nested quotes (deeper quotes stop indenting before the text width runs out)', async () => {
    ensureCompiled()
    expect(await renderInWorker(`${'>'.repeat(40)} I dagsläget finns det inga inplanerade investeringar.\n`)).toBe('done')
  }, BUDGET_MS + 30_000)

  it('ends for 40 nested lists (levels below the eighth are laid out flat)', async () => {
    ensureCompiled()
    const list = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- Inventarier nivå ${i + 1}`).join('\n')
    expect(await renderInWorker(list + '\n')).toBe('done')
  }, BUDGET_MS + 30_000)
})
