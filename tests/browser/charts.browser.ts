import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildChartPlan } from '../support/chart-plan.js'
import { expectNoAxeViolations, servePage, type ServedPage } from './support/served-page.js'

/*
 * Knivsta's plan with ten charts in Chromium: WCAG 2.1 AA by axe-core, each drawing an image
 * named by its title and described by its figures, its data table one click away, nothing
 * clipped or scrolling sideways at 320 px, and the screenshots docs/ and README show.
 */
const ID = 'knivsta-diagram'
let served: ServedPage

beforeAll(async () => {
  const built = await buildChartPlan(['html'])
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  served = await servePage(`${ID}.html`, built.outputs.html as string)
}, 60_000)

afterAll(async () => {
  await served?.close()
})

const openPage = (width: number, height = 900) => served.open(width, height)

describe('a page with charts', () => {
  test('axe-core finds no WCAG 2.1 A/AA violations (1280 px and 320 px)', async () => {
    await expectNoAxeViolations(served)
  })

  test('each chart is an image named by its title and described by its figures', async () => {
    const page = await openPage(1280)
    const drawing = page.getByRole('img', { name: 'Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)' })
    await expect(drawing.count()).resolves.toBe(1)
    const description = await drawing.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby')!)!.textContent)
    expect(description?.replace(/\u00a0/g, ' ')).toBe(
      'Totalt: Utfall 2021 uppgift saknas, Utfall 2022 85 %, Utfall 2023 94 %. Kvinnor: Utfall 2021 uppgift saknas, Utfall 2022 85 %, Utfall 2023 92 %. Män: Utfall 2021 uppgift saknas, Utfall 2022 85 %, Utfall 2023 96 %. Mål: öka.',
    )
    await expect(page.getByRole('img').filter({ has: page.locator('desc') }).count()).resolves.toBe(10)
    await page.close()
  })

  test('the figures are a table one click away, with the missing value said to be missing', async () => {
    const page = await openPage(1280)
    const figure = page.locator('figure.chart').nth(1)
    const table = figure.getByRole('table')
    await expect(table.isVisible()).resolves.toBe(false)
    await figure.getByText('Visa diagrammets siffror som tabell').click()
    await expect(table.isVisible()).resolves.toBe(true)
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()))
    expect(rows).toEqual(['Utfall 2021 – uppgift saknas', 'Utfall 2022 69', 'Utfall 2023 79'])
    await page.close()
  })

  test('at 320 px a drawing scrolls in its own keyboard-reachable box, and the page never sideways', async () => {
    const page = await openPage(320, 640)
    const sizes = await page.evaluate(() => ({
      scroll: document.scrollingElement!.scrollWidth,
      inner: innerWidth,
      boxes: [...document.querySelectorAll<HTMLElement>('figure.chart .chart-drawing')].map((box) => ({
        inColumn: box.getBoundingClientRect().right <= box.closest('figure')!.getBoundingClientRect().right + 0.5,
        scrolls: box.scrollWidth > box.clientWidth,
        focusable: box.tabIndex === 0,
        // The labels stay readable: the drawing is shown at no less than 26rem of its 560 px.
        scale: box.querySelector('svg')!.getBoundingClientRect().width / 560,
      })),
    }))
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner)
    expect(sizes.boxes).toHaveLength(10)
    for (const box of sizes.boxes) {
      expect(box).toMatchObject({ inColumn: true, scrolls: true, focusable: true })
      expect(box.scale).toBeGreaterThan(0.7)
    }
    await page.close()
  })

  test('the screenshots of a chart at 1280 and 320 px are in docs/ (UPDATE=1 regenerates them)', async () => {
    for (const width of [1280, 320]) {
      const page = await openPage(width, 1200)
      const file = path.join('docs', `screenshot-chart-${width}.png`)
      const shot = await page.locator('figure.chart').first().screenshot({ path: process.env.UPDATE ? file : undefined })
      expect(shot.byteLength).toBeGreaterThan(5_000)
      expect(existsSync(file), `${file} is missing: run UPDATE=1 npm run test:browser`).toBe(true)
      await page.close()
    }
  })
})
