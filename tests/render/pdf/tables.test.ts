import { existsSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { composedPlan, PLAN_DIRS } from './real-plans.js'
import { normalise, readPdf } from './read-pdf.js'
import { elementsOf, readTaggedPdf } from './read-structure.js'

const present = PLAN_DIRS.filter((dir) => existsSync(`${dir}/plan.yaml`))

async function seedPdf(dir: string) {
  const { doc, style } = await composedPlan(dir)
  const { bytes } = await renderPdf(doc, { style })
  return bytes
}

describe.each(present)('the PDF tables of %s', { timeout: 120_000 }, (dir) => {
  test('no two tables share a caption (their accessible name), and each Caption sits in its Table', async () => {
    const pages = await readTaggedPdf(await seedPdf(dir))
    const tables = pages.flatMap((page) => elementsOf(page).filter((element) => element.role === 'Table'))
    const captions = tables.flatMap((table) => table.children.filter((child) => child.role === 'Caption' && child.text !== '').map((child) => child.text))
    expect(captions.length).toBeGreaterThan(3)
    expect(captions.filter((caption, index) => captions.indexOf(caption) !== index)).toEqual([])
  })

  test('the K/M legend is printed once under each table that splits by sex, never in a cell', async () => {
    const bytes = await seedPdf(dir)
    const pages = await readTaggedPdf(bytes)
    const cells = pages.flatMap((page) => elementsOf(page).filter((element) => element.role === 'TD' || element.role === 'TH'))
    const splitCells = cells.filter((cell) => cell.text.includes('(K: ') || cell.text.startsWith('K: '))
    expect(cells.filter((cell) => cell.text.includes('K = kvinnor'))).toEqual([])
    const { pages: text } = await readPdf(bytes)
    const legends = text.map((page) => normalise(page.text)).join(' ').split('K = kvinnor, M = män').length - 1
    if (splitCells.length === 0) expect(legends).toBe(0)
    else expect(legends).toBeGreaterThan(0)
  })
})

test('Knivsta: a group of the volumes table heads all its rows (TH /RowSpan), and a missing value reads "uppgift saknas"', async () => {
  const bytes = await seedPdf('plans/knivsta-sn-2024')
  const raw = Buffer.from(bytes).toString('latin1')
  expect(raw).toMatch(/\/RowSpan 2/)
  expect(raw).toMatch(/\/RowSpan 6/)
  expect(raw).toContain('/ActualText (uppgift saknas)')
  const { pages } = await readPdf(bytes)
  const volumes = pages.find((page) => page.text.includes('Volymer och nyckeltal') && page.text.includes('Biståndsbedömd tid'))!
  // The Kolada row has no forecast and no plan: dashes, not blanks.
  expect(normalise(volumes.text)).toMatch(/34,61 % – –/)
  const legends = pages.map((page) => normalise(page.text)).join(' ').split('K = kvinnor, M = män').length - 1
  expect(legends).toBe(1)
})
