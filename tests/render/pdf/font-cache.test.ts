import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { describe, expect, test } from 'vitest'
import { installFontCache, LAYOUT_CACHE_LIMIT, memoiseCreate } from '../../../src/render/pdf/font-cache.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { ensureCompiled, ROOT } from '../../hostile/support/cli.js'
import { sampleDocument } from './fixtures.js'
import { fontkit, freshRoboto, robotoBytes, runContent } from './real-fontkit.js'

describe('memoiseCreate', () => {
  const counted = () => {
    const calls: Uint8Array[] = []
    const create = (bytes: Uint8Array, family?: string) => {
      calls.push(bytes)
      return fontkit.create(bytes, family)
    }
    return { calls, ...memoiseCreate(create, 50) }
  }

  test('makes one font per font file, whichever buffer brings the bytes', () => {
    const { calls, create, state } = counted()
    const regular = robotoBytes()
    const font = create(regular)
    expect(create(regular)).toBe(font)
    expect(create(Buffer.from(regular))).toBe(font)
    expect(create(new Uint8Array(regular))).toBe(font)
    expect(create(robotoBytes('Roboto-Medium.ttf'))).not.toBe(font)
    expect(calls).toHaveLength(2)
    expect(state).toMatchObject({ active: true, fontsCreated: 2 })
    expect(state.layouts.map((layouts) => layouts.limit)).toEqual([50, 50])
  })

  test('keeps its own copy of the bytes: a caller reusing its buffer does not change the font', () => {
    const { create } = counted()
    const bytes = robotoBytes()
    const font = create(bytes) as ReturnType<typeof freshRoboto>
    bytes.fill(0)
    expect(runContent(font.layout('Verksamhetsplan '))).toEqual(runContent(freshRoboto().layout('Verksamhetsplan ')))
  })

  test('refuses a font it cannot cache words for (fontkit changed shape)', () => {
    const { create } = memoiseCreate(() => ({ glyphsForString: () => [] }))
    expect(() => create(robotoBytes())).toThrow(/no longer has layout/)
  })
})

describe('the font cache in the renderer', () => {
  test('the second render of a document makes no new fontkit font and shapes no new word', async () => {
    const first = await renderPdf(sampleDocument())
    const cache = installFontCache()
    expect(cache.active).toBe(true)
    const fonts = cache.fontsCreated
    const words = cache.layouts.map((layouts) => layouts.size)
    expect(fonts).toBeGreaterThan(0)
    expect(cache.layouts.every((layouts) => layouts.limit === LAYOUT_CACHE_LIMIT)).toBe(true)
    const second = await renderPdf(sampleDocument())
    expect(installFontCache()).toBe(cache)
    expect(cache.fontsCreated).toBe(fonts)
    expect(cache.layouts.map((layouts) => layouts.size)).toEqual(words)
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true)
  }, 60_000)

  test('the seed PDFs are byte-identical with and without it', async () => {
    ensureCompiled()
    const seeds = ['knivsta-sn-2024', 'danderyd-sn-2024'].map((id) => path.join(ROOT, 'plans', id))
    const [without, withCache] = await Promise.all([
      buildPdfsInWorker(seeds, { loadPdfkitFirst: true }),
      // Each seed twice: the second time every font and most words come from the cache.
      buildPdfsInWorker([...seeds, ...seeds], { loadPdfkitFirst: false }),
    ])
    expect(without.active).toBe(false)
    expect(withCache.active).toBe(true)
    expect(withCache.hashes).toEqual([...without.hashes, ...without.hashes])
  }, 180_000)
})

/**
 * Builds plans' PDFs with the compiled CLI code in a worker thread (a module cache of its own).
 * With `loadPdfkitFirst`, pdfkit is loaded before the renderer, so it holds the real fontkit and
 * the cache cannot go in: pdfkit as it is.
 */
function buildPdfsInWorker(plans: string[], options: { loadPdfkitFirst: boolean }): Promise<{ hashes: string[]; active: boolean }> {
  const dist = pathToFileURL(path.join(ROOT, 'dist')).href + '/'
  const pdfmakeFile = createRequire(import.meta.url).resolve('pdfmake')
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const { createHash } = require('node:crypto')
    ;(async () => {
      const { dist, pdfmakeFile, plans, loadPdfkitFirst } = workerData
      if (loadPdfkitFirst) require(pdfmakeFile)
      const { loadPlan } = await import(dist + 'load/index.js')
      const { loadTemplateSet } = await import(dist + 'load/load-template-set.js')
      const { buildPlan } = await import(dist + 'pipeline/build-plan.js')
      const { installFontCache } = await import(dist + 'render/pdf/font-cache.js')
      const hashes = []
      for (const dir of plans) {
        const loaded = await loadPlan(dir)
        const templates = await loadTemplateSet(loaded.plan.meta.template)
        const result = await buildPlan({ loaded, templates, formats: ['pdf'], composedFile: 'out.md' })
        hashes.push(createHash('sha256').update(result.outputs.pdf).digest('hex'))
      }
      parentPort.postMessage({ hashes, active: installFontCache().active })
    })()`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { dist, pdfmakeFile, plans, ...options } })
    worker.once('message', (result: { hashes: string[]; active: boolean }) => void worker.terminate().then(() => resolve(result)))
    worker.once('error', reject)
  })
}
