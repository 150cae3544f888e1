import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildFolder, copyImagePlan } from '../support/image-plan.js'
import { formatViolations, runAxe } from './support/axe.js'
import { launchChromium } from './support/chromium.js'
import { serveFolder, type FolderServer } from './support/serve-folder.js'

/*
 * A page with figures and a logo (tests/fixtures/images/plan) in Chromium: WCAG 2.1 AA by
 * axe-core, every image decoded from its data: URI under the page's CSP, nothing fetched, no
 * sideways scrolling at 320 px, and the screenshot README shows.
 */
const ID = 'exempelby-sn-2025'
let browser: Browser
let dir: string
let server: FolderServer

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vplan-browser-images-'))
  const built = await buildFolder(await copyImagePlan(), ['html'])
  expect(built.diagnostics).toEqual([])
  await writeFile(path.join(dir, `${ID}.html`), built.outputs.html as string)
  ;[browser, server] = await Promise.all([launchChromium(), serveFolder(dir)])
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function openPage(width: number, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } })
  await page.goto(`${server.url}${ID}.html`, { waitUntil: 'load' })
  return page
}

describe('a page with images', () => {
  test('axe-core finds no WCAG 2.1 A/AA violations (1280 px and 320 px)', async () => {
    for (const width of [1280, 320]) {
      const page = await openPage(width)
      const { violations } = await runAxe(page)
      await page.close()
      expect(violations, `${width} px:\n${formatViolations(violations)}`).toEqual([])
    }
  })

  test('every image is shown from its data: URI, the CSP blocks nothing and nothing is fetched', async () => {
    const page = await browser.newPage()
    const requests: string[] = []
    const blocked: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url())
    })
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text())
    })
    await page.goto(`${server.url}${ID}.html`, { waitUntil: 'networkidle' })
    const images = await page.$$eval('img', (all) => all.map((img) => ({ alt: img.alt.slice(0, 20), complete: img.complete, natural: img.naturalWidth, shown: img.getBoundingClientRect().width })))
    expect(images.length).toBe(4)
    expect(images.filter((image) => !image.complete || image.natural === 0 || image.shown === 0)).toEqual([])
    expect(requests).toEqual([`${server.url}${ID}.html`])
    expect(blocked).toEqual([])
    await page.close()
  })

  test('at 320 px images shrink to the column and the page never scrolls sideways', async () => {
    const page = await openPage(320, 640)
    const sizes = await page.evaluate(() => ({
      scroll: document.scrollingElement!.scrollWidth,
      inner: innerWidth,
      ratios: [...document.querySelectorAll('main img')].map((img) => {
        const box = img.getBoundingClientRect()
        return Math.round((box.width / box.height) * 100) / 100
      }),
    }))
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner)
    // Aspect kept while shrunk: 640 × 212, 480 × 12, 480 × 240.
    // (a shrunk 12 px line rounds to whole pixels: within 3 %)
    const expected = [640 / 212, 480 / 12, 480 / 240]
    expect(sizes.ratios.map((ratio, i) => Math.abs(ratio / expected[i]! - 1) < 0.03)).toEqual([true, true, true])
    await page.close()
  })

  test('the screenshot of a figure and the logo is in docs/ (UPDATE=1 regenerates it)', async () => {
    const page = await openPage(1280, 1500)
    const file = path.join('docs', 'screenshot-images-1280.png')
    const shot = await page.screenshot({ path: process.env.UPDATE ? file : undefined })
    expect(shot.byteLength).toBeGreaterThan(10_000)
    expect(existsSync(file), `${file} is missing: run UPDATE=1 npm run test:browser`).toBe(true)
    await page.close()
  })
})
