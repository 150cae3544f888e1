import fs from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { syncBuiltinESMExports } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadPlan, type LoadedPlan } from '../../src/load/index.js'
import { buildPlan } from '../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import type { TemplateSet } from '../../src/compose/index.js'
import { ROOT } from './support/cli.js'
import { CHAPTER_8 } from './support/setups.js'
import { makeBarChartPng } from '../support/make-png.js'
import { VplanError } from '../../src/diagnostics/index.js'

/**
 * The PDF renderer must read no file and fetch no URL that content names: the loader reads the
 * plan's images and refuses addresses, and an image the loader did not read is left out with a
 * warning. The file system is watched by spies on node:fs (pdfmake reads through the CJS
 * object; ESM named imports are synced with syncBuiltinESMExports), the network by a loopback
 * server that records every request it gets.
 */
const requests: string[] = []
let server: Server
let port: number
let work: string
let loaded: LoadedPlan
let templates: TemplateSet

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(String(request.url))
    response.writeHead(200, { 'content-type': 'image/png' }).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  work = await mkdtemp(path.join(os.tmpdir(), 'vplan-pdf-io-'))
  const plan = path.join(work, 'knivsta-sn-2024')
  await cp(path.join(ROOT, 'tests/fixtures/bad/valid'), plan, { recursive: true })
  // A real image the loader reads (so the renderers draw one), and addresses it must refuse.
  await mkdir(path.join(plan, 'bilder'), { recursive: true })
  await writeFile(path.join(plan, 'bilder', 'diagram.png'), makeBarChartPng(120, 60))
  await writeFile(path.join(plan, CHAPTER_8), chapter(''))
  loaded = await loadPlan(plan)
  // The renderers' own line of defence: as if the loader had let the hostile addresses through.
  const narrative = loaded.narratives.get(CHAPTER_8)!
  loaded.narratives.set(CHAPTER_8, { ...narrative, text: chapter(imageLine()) })
  templates = await loadTemplateSet(loaded.plan.meta.template, [path.join(ROOT, 'templates')])
}, 60_000)

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  if (work) await rm(work, { recursive: true, force: true })
})

describe('the PDF renderer and content-named files and URLs', () => {
  it('reads no file and fetches no URL that the content names, and warns about each image', async () => {
    const touched: string[] = []
    const record = (name: string) => (...args: unknown[]) => void touched.push(`${name} ${String(args[0])}`)
    const names = ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream', 'statSync', 'existsSync', 'accessSync'] as const
    const spies = names.map((name) => {
      const original = fs[name] as (...a: unknown[]) => unknown
      return vi.spyOn(fs, name).mockImplementation(wrap(original, record(name)) as never)
    })
    const promiseSpies = (['readFile', 'open', 'stat'] as const).map((name) => {
      const original = fs.promises[name] as (...a: unknown[]) => unknown
      return vi.spyOn(fs.promises, name).mockImplementation(wrap(original, record(`promises.${name}`)) as never)
    })
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    syncBuiltinESMExports()
    let result
    try {
      result = await buildPlan({ loaded, templates, formats: ['pdf', 'html'], composedFile: 'out/knivsta-sn-2024.md' })
    } finally {
      ;[...spies, ...promiseSpies].forEach((spy) => spy.mockRestore())
      fetchSpy.mockRestore()
      syncBuiltinESMExports()
    }
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.outputs.pdf).toBeInstanceOf(Uint8Array)
    // The spies see the renderer's own reads (fonts, pdfmake's data): they are in place.
    expect(touched.length).toBeGreaterThan(0)
    expect(touched.filter((call) => /passwd|127\.0\.0\.1|x\.png|ref\.png/.test(call))).toEqual([])
    expect(fetchSpy).not.toHaveBeenCalled()
    // Give a request that might have been sent a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(requests).toEqual([])
    const images = result.diagnostics.filter((d) => d.ruleId === 'image')
    const columns = ['![Lösenordsfilen]', '![Extern bild]', '![Fil]'].map((image) => `5:${imageLine().indexOf(image) + 1}`)
    expect(images.map((d) => `${d.line}:${d.column}`)).toEqual(expect.arrayContaining([...columns, '7:1']))
    expect(images.every((d) => d.severity === 'warning' && d.file.endsWith(CHAPTER_8))).toBe(true)
  }, 120_000)

  it('is not even reached: the loader refuses those images with positioned errors, reading and fetching nothing', async () => {
    const plan = path.join(work, 'knivsta-sn-2024')
    await writeFile(path.join(plan, CHAPTER_8), chapter(imageLine()))
    const before = requests.length
    const error = await loadPlan(plan).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    const columns = ['![Lösenordsfilen]', '![Extern bild]', '![Fil]'].map((image) => `5:${imageLine().indexOf(image) + 1}`)
    expect((error as VplanError).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      `${columns[0]} path-escape`,
      `${columns[1]} image-remote`,
      `${columns[2]} image-remote`,
      '7:1 image-remote',
    ])
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(requests.length).toBe(before)
  })
})

function chapter(hostile: string): string {
  return [
    '# Nämndens investeringsplan',
    '',
    'I dagsläget finns det inga inplanerade investeringar för 2024.',
    '',
    hostile,
    '',
    (hostile ? '![Referens][bild] och ' : '') + '[en länk](http://127.0.0.1:' + port + '/lank) som bara klickas.',
    '',
    '![Stapeldiagram med fyra staplar](bilder/diagram.png)',
    '',
    '[bild]: http://127.0.0.1:' + port + '/ref.png',
    '',
  ].join('\n')
}

function imageLine(): string {
  return `![Lösenordsfilen](/etc/passwd) ![Extern bild](http://127.0.0.1:${port}/x.png) ![Fil](file:///etc/passwd)`
}

function wrap(original: (...args: unknown[]) => unknown, before: (...args: unknown[]) => void) {
  return function (this: unknown, ...args: unknown[]) {
    before(...args)
    return original.apply(this, args)
  }
}
