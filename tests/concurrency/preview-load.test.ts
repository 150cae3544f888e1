import { cp, mkdtemp, rm } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreview, type Preview } from '../../src/serve/index.js'
import { ROOT } from '../hostile/support/cli.js'

/**
 * The preview server keeps answering when 200 requests arrive at once on loopback (a browser
 * with many tabs, a link checker). The test sends them all, waits for every answer with a time
 * limit, and stops the server itself.
 */
const REQUESTS = 200
let work: string
let preview: Preview

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'vplan-preview-load-'))
  const plan = path.join(work, 'knivsta-sn-2024')
  await cp(path.join(ROOT, 'tests/fixtures/bad/valid'), plan, { recursive: true })
  await rm(path.join(plan, 'expected.json'))
  preview = await startPreview({ planDir: plan, port: 0, host: '127.0.0.1', templateRoots: [path.join(ROOT, 'templates')], pdfThread: false })
  await preview.idle()
  await preview.pdfIdle()
}, 180_000)

afterAll(async () => {
  await preview?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

function get(url: URL, agent: Agent): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (response) => {
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.length))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }))
      response.on('error', reject)
    })
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer within 60 s: ${url.pathname}`)))
    req.on('error', reject)
    req.end()
  })
}

describe('the preview server under load', () => {
  it(`answers ${REQUESTS} concurrent requests on 127.0.0.1, all 200 OK`, async () => {
    const id = preview.state.id
    const paths = ['/', '/index.html', `/${id}.md`, `/${id}.pdf`]
    // One socket per request, all opened at once: no pooling to smooth the burst.
    const agent = new Agent({ keepAlive: false, maxSockets: Infinity })
    const started = Date.now()
    const results = await Promise.allSettled(
      Array.from({ length: REQUESTS }, (_, i) => get(new URL(paths[i % paths.length]!, preview.url), agent)),
    )
    agent.destroy()
    const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [`${i}: ${String(r.reason)}`] : r.value.status !== 200 ? [`${i}: HTTP ${r.value.status}`] : []))
    expect(failures).toEqual([])
    const sizes = results.map((r) => (r as PromiseFulfilledResult<{ bytes: number }>).value.bytes)
    expect(sizes.every((bytes) => bytes > 0)).toBe(true)
    expect(Date.now() - started).toBeLessThan(90_000)
  }, 120_000)
})
