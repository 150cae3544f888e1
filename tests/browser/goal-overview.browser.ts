import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { formatDiagnostic, hasErrors } from '../../src/diagnostics/index.js'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { buildPlan } from '../../src/pipeline/build-plan.js'
import { expectNoAxeViolations, servePage, type ServedPage } from './support/served-page.js'

/* The council budget fixture's page, with its goal overview, in Chromium: axe, reflow at 320 px, screenshots for docs/. */
const FIXTURE = 'tests/fixtures/compose/kf-budget/plan'
let served: ServedPage

beforeAll(async () => {
  const loaded = await loadPlan(FIXTURE)
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const result = await buildPlan({ loaded, templates, formats: ['html'], composedFile: 'out/kf-budget.md' })
  if (hasErrors(result.diagnostics)) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'))
  served = await servePage('kf-budget.html', result.outputs.html as string)
})

afterAll(async () => {
  await served?.close()
})

const openPage = (width: number, height = 900) => served.open(width, height)

describe('the goal overview page', () => {
  test('axe-core finds no WCAG 2.1 A/AA violations (1280 px and 320 px)', async () => {
    await expectNoAxeViolations(served)
  })

  test('at 320 px the page never scrolls sideways; the overview scrolls in its own region, by keyboard too', async () => {
    const page = await openPage(320, 640)
    const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: innerWidth }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
    const region = (await page.$('.table-scroll:has(#maloversikt)'))!
    const info = await region.evaluate((el) => ({ overflows: el.scrollWidth > el.clientWidth + 1, tabIndex: el.tabIndex, role: el.getAttribute('role') }))
    expect(info).toEqual({ overflows: true, tabIndex: 0, role: 'region' })
    await region.focus()
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 2000 }).toBeGreaterThan(0)
    const cut = await page.$$eval('#maloversikt :is(th, td)', (cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent))
    expect(cut).toEqual([])
    await page.close()
  })

  test('a group cell spans its rows on screen: the area is drawn once, as tall as its goals', async () => {
    const page = await openPage(1280)
    const sizes = await page.$eval('#maloversikt tbody', (body) => {
      const area = body.querySelector('th[scope="rowgroup"]')!.getBoundingClientRect()
      const rows = [...body.querySelectorAll('tr')].map((row) => row.getBoundingClientRect())
      return { area: Math.round(area.height), rows: Math.round(rows.at(-1)!.bottom - rows[0]!.top) }
    })
    expect(sizes.area).toBe(sizes.rows)
    await page.close()
  })

  test('screenshots at 1280 px and 320 px are in docs/ (UPDATE=1 regenerates them)', async () => {
    for (const [width, height] of [[1280, 1400], [320, 900]] as const) {
      const page = await openPage(width, height)
      const file = path.join('docs', `goal-overview-html-${width}.png`)
      await page.$eval('#maloversikt', (table) => table.closest('.table-scroll')!.scrollIntoView())
      const shot = await page.screenshot({ path: process.env.UPDATE ? file : undefined })
      expect(shot.byteLength).toBeGreaterThan(10_000)
      expect(existsSync(file), `${file} is missing: run UPDATE=1 npm run test:browser`).toBe(true)
      await page.close()
    }
  })
})
