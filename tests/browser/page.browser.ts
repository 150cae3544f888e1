import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { flattenGradients, formatViolations, runAxe } from './support/axe.js'
import { buildPages, PLANS } from './support/build-pages.js'
import { launchChromium } from './support/chromium.js'
import { serveFolder, type FolderServer } from './support/serve-folder.js'
import { expectTocLinksReachSections } from './support/toc-links.js'

/*
 * The published page (out/<id>.html) in Chromium, for both real plans: WCAG 2.1 AA by axe-core,
 * reflow at 320 px, the table of contents, no network, print media, screenshots for docs/.
 */
let browser: Browser
let pagesDir: string
let server: FolderServer

beforeAll(async () => {
  ;[browser, pagesDir] = await Promise.all([launchChromium(), buildPages()])
  server = await serveFolder(pagesDir)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (pagesDir) await rm(pagesDir, { recursive: true, force: true })
})

async function openPage(id: string, width: number, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } })
  await page.goto(`${server.url}${id}.html`)
  return page
}

describe.each(PLANS)('%s', (id) => {
  test('axe-core finds no WCAG 2.1 A/AA violations (1280 px and 320 px)', async () => {
    for (const width of [1280, 320]) {
      const page = await openPage(id, width)
      const { violations } = await runAxe(page)
      await page.close()
      expect(violations, `${width} px:\n${formatViolations(violations)}`).toEqual([])
    }
  })

  test('text keeps AA contrast even at the darkest point of a background gradient (which axe cannot judge)', async () => {
    const page = await openPage(id, 320)
    await flattenGradients(page)
    const after = await runAxe(page, { rules: ['color-contrast'] })
    await page.close()
    expect(after.violations, formatViolations(after.violations)).toEqual([])
    const unjudged = (result: typeof after) => result.incomplete.reduce((sum, rule) => sum + rule.nodes.length, 0)
    // Every text that axe left unjudged because of a gradient has been judged now.
    expect(unjudged(after), `still unjudged: ${after.incomplete.map((r) => r.nodes[0]?.any[0]?.message).join('; ')}`).toBe(0)
  })

  test('at 320 px the page never scrolls sideways; wide tables scroll in their own focusable region', async () => {
    const page = await openPage(id, 320, 640)
    const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: innerWidth }))
    expect(widths.scroll, 'document scroll width at 320 px').toBeLessThanOrEqual(widths.inner)

    const regions = await page.$$('.table-scroll')
    expect(regions.length).toBeGreaterThan(0)
    let wide = 0
    for (const region of regions) {
      const info = await region.evaluate((el) => ({
        overflows: el.scrollWidth > el.clientWidth + 1,
        tabIndex: el.tabIndex,
        role: el.getAttribute('role'),
        named: Boolean(el.getAttribute('aria-labelledby') || el.getAttribute('aria-label')),
        label: el.getAttribute('aria-labelledby'),
      }))
      if (!info.overflows) continue
      wide += 1
      expect(info, `region ${info.label}`).toMatchObject({ tabIndex: 0, role: 'region', named: true })
      // Focus it as the keyboard would, then scroll it with the arrow key.
      await region.focus()
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
      await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 2000 }).toBeGreaterThan(0)
    }
    expect(wide, 'tables wider than 320 px').toBeGreaterThan(0)
    await page.close()
  })

  test('at 320 px no cell is cut off: a table that can fit is shown whole, and no cell overflows its box', async () => {
    const page = await openPage(id, 320, 640)
    const tables = await page.$$eval('.table-scroll', (regions) =>
      regions.map((region) => {
        const table = region.querySelector('table')!
        // The narrowest the table could be: its content's own minimum, without the page's minimum widths.
        const probe = table.cloneNode(true) as HTMLTableElement
        probe.style.cssText = 'position:absolute;visibility:hidden;width:min-content'
        region.parentElement!.append(probe)
        for (const cell of probe.querySelectorAll<HTMLElement>('th, td')) cell.style.minWidth = '0'
        const needed = probe.offsetWidth
        probe.remove()
        const cut = [...table.querySelectorAll<HTMLElement>('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent)
        return { id: table.id, box: region.clientWidth, shown: table.offsetWidth, needed, cut }
      }),
    )
    await page.close()
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) {
      expect(table.cut, `${table.id}: cells whose content overflows them`).toEqual([])
      if (table.needed <= table.box) expect(table.shown, `${table.id} fits in ${table.box} px but is ${table.shown} px wide`).toBeLessThanOrEqual(table.box)
    }
  })

  test('the wide regions are reached with the Tab key', async () => {
    const page = await openPage(id, 320, 640)
    const wanted = await page.$$eval('.table-scroll', (els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length)
    let reached = 0
    // Tab through the whole page once; count the scroll regions that receive focus.
    const stops = await page.$$eval('a[href], [tabindex="0"], button, input', (els) => els.length)
    for (let i = 0; i <= stops; i++) {
      await page.keyboard.press('Tab')
      const isRegion = await page.evaluate(() => document.activeElement?.classList.contains('table-scroll') ?? false)
      if (isRegion) reached += 1
    }
    expect(reached).toBeGreaterThanOrEqual(wanted)
    await page.close()
  })

  test('every table-of-contents link moves to its section', async () => {
    const page = await openPage(id, 1280)
    await expectTocLinksReachSections(page, 'nav.toc', { checkHash: true })
    await page.close()
  })

  test('the page makes no network request and breaks no Content-Security-Policy rule', async () => {
    const page = await browser.newPage()
    const requests: string[] = []
    const blocked: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text())
    })
    const before = server.requests.length
    await page.goto(`${server.url}${id}.html`, { waitUntil: 'networkidle' })
    expect(requests).toEqual([`${server.url}${id}.html`])
    expect(server.requests.slice(before)).toEqual([`/${id}.html`])
    expect(blocked).toEqual([])
    await page.close()
  })

  test('print media: navigation hidden, table header rows repeat, wide tables are not clipped', async () => {
    const page = await openPage(id, 1280)
    await page.emulateMedia({ media: 'print' })
    const printed = await page.evaluate(() => {
      const hidden = (el: Element | null) => !el || getComputedStyle(el).display === 'none' || (el as HTMLElement).offsetParent === null
      return {
        toc: hidden(document.querySelector('nav.toc')),
        skipLink: hidden(document.querySelector('.skip-link')) || getComputedStyle(document.querySelector('.skip-link')!).position === 'absolute',
        tables: document.querySelectorAll('table').length,
        headless: [...document.querySelectorAll('table')].filter((t) => !t.tHead).length,
        theads: [...document.querySelectorAll('thead')].map((t) => getComputedStyle(t).display),
        clipped: [...document.querySelectorAll('.table-scroll')].filter((el) => getComputedStyle(el).overflowX !== 'visible').length,
      }
    })
    expect(printed.toc, 'nav.toc hidden in print').toBe(true)
    expect(printed.skipLink, 'skip link out of the printed flow').toBe(true)
    expect(printed.tables).toBeGreaterThan(0)
    expect(printed.headless, 'tables without <thead>').toBe(0)
    expect(new Set(printed.theads)).toEqual(new Set(['table-header-group']))
    expect(printed.clipped, 'scroll regions that would clip a printed table').toBe(0)
    await page.close()
  })

  test('screenshots at 1280 px and 320 px are in docs/ (UPDATE=1 regenerates them)', async () => {
    for (const [width, height] of [[1280, 900], [320, 720]] as const) {
      const page = await openPage(id, width, height)
      const file = path.join('docs', `screenshot-${id}-${width}.png`)
      const shot = await page.screenshot({ path: process.env.UPDATE ? file : undefined })
      expect(shot.byteLength).toBeGreaterThan(10_000)
      expect(existsSync(file), `${file} is missing: run UPDATE=1 npm run test:browser`).toBe(true)
      await page.close()
    }
  })
})
