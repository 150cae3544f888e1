import { readFile, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPreview, type Preview } from '../../src/serve/index.js'
import { copyPlan } from './support/copy-plan.js'
import { connectEvents, type EventClient } from './support/event-client.js'

const ID = 'danderyd-sn-2024'
let scratch: Awaited<ReturnType<typeof copyPlan>>
let preview: Preview
let events: EventClient
const log: string[] = []

beforeAll(async () => {
  scratch = await copyPlan(ID)
  // A longer quiet time than the default 40 ms, so a slow CI machine's five writes stay one burst.
  preview = await startPreview({ planDir: scratch.planDir, port: 0, templateRoots: [scratch.templates], debounceMs: 250, log: (line) => log.push(line) })
  events = await connectEvents(`${preview.url}__vplan/events`)
}, 60_000)

afterAll(async () => {
  events?.close()
  await preview?.close()
  await scratch?.remove()
})

/** GET (or another method) on the preview; `host` overrides the Host header. */
function fetchPreview(pathname: string, options: { method?: string; host?: string } = {}) {
  const url = new URL(pathname, preview.url)
  return new Promise<{ status: number; type: string | undefined; body: Buffer }>((resolve, reject) => {
    const headers = options.host ? { host: options.host } : {}
    request(url, { method: options.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'], body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('vplan serve', { timeout: 30_000 }, () => {
  test('listens on 127.0.0.1 and serves the page with the reload script, the PDF and the Markdown', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await fetchPreview('/')
    expect(page.type).toBe('text/html; charset=utf-8')
    expect(page.body.toString()).toContain('<script src="/__vplan/client.js" data-vplan-version="1"></script>')
    expect(page.body.toString()).toContain("script-src 'self'; connect-src 'self'")
    const md = await fetchPreview(`/${ID}.md`)
    expect(md.body.toString()).toContain('# Sammanfattning')
    const pdf = await fetchPreview(`/${ID}.pdf`)
    expect(pdf.type).toBe('application/pdf')
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
    const client = await fetchPreview('/__vplan/client.js')
    expect(client.type).toBe('text/javascript; charset=utf-8')
  })

  test('answers unknown paths with 404, other methods with 405 and foreign Host headers with 403', async () => {
    expect((await fetchPreview('/../plan.yaml')).status).toBe(404)
    expect((await fetchPreview('/', { method: 'POST' })).status).toBe(405)
    expect((await fetchPreview('/', { host: 'attacker.example:80' })).status).toBe(403)
    expect((await fetchPreview('/', { host: 'localhost:4173' })).status).toBe(200)
  })

  test('a burst of saves rebuilds once and announces the new version', async () => {
    const since = events.events.length
    const version = preview.state.version
    const file = path.join(scratch.planDir, 'kapitel', '01-sammanfattning.md')
    const text = await readFile(file, 'utf8')
    for (let i = 1; i <= 5; i++) await writeFile(file, text.replace('# Sammanfattning', `# Sammanfattning ${i}`))
    await events.waitFor('html', { since })
    await preview.idle()
    expect(events.events.slice(since).filter((e) => e.type === 'html')).toHaveLength(1)
    expect(preview.state.version).toBe(version + 1)
    expect((preview.state.html ?? '').replaceAll('\u00ad', '')).toContain('Sammanfattning 5')
  })

  test('a YAML error is announced with file and line, the last good page stays, fixing it rebuilds', async () => {
    const planFile = path.join(scratch.planDir, 'plan.yaml')
    const good = await readFile(planFile, 'utf8')
    const goodPage = preview.state.html
    let since = events.events.length
    await writeFile(planFile, good.replace('  board: Socialnämnden', '  board: [Socialnämnden'))
    const problems = await events.waitFor('problems', { since })
    expect(problems.data.diagnostics[0]).toMatchObject({ file: expect.stringMatching(/plan\.yaml$/), line: expect.any(Number), severity: 'error' })
    expect(preview.state.html).toBe(goodPage)
    expect(log.some((line) => /plan\.yaml:\d+:\d+: error: /.test(line))).toBe(true)
    since = events.events.length
    await writeFile(planFile, good)
    await events.waitFor('html', { since })
    expect(preview.state.problems).toEqual([])
  })

  test('the PDF follows the HTML', async () => {
    const since = events.events.length
    const file = path.join(scratch.planDir, 'kapitel', '06-risker.md')
    await writeFile(file, (await readFile(file, 'utf8')) + '\nEn ny mening om risker.\n')
    const html = await events.waitFor('html', { since })
    const pdf = await events.waitFor(['pdf', 'pdf-failed'], { since, timeoutMs: 25_000 })
    expect(pdf.data).toMatchObject({ version: html.data.version })
    expect(pdf.at).toBeGreaterThan(html.at)
  })
})

test('a port in use is an error that names the port', async () => {
  const scratchTwo = await copyPlan(ID)
  const first = await startPreview({ planDir: scratchTwo.planDir, port: 0, templateRoots: [scratchTwo.templates] })
  try {
    const port = Number(new URL(first.url).port)
    await expect(startPreview({ planDir: scratchTwo.planDir, port, templateRoots: [scratchTwo.templates] })).rejects.toThrow(`port ${port}`)
  } finally {
    await first.close()
    await scratchTwo.remove()
  }
}, 60_000)
