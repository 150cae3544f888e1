import { readFileSync } from 'node:fs'
import type { Element } from 'hast'
import { toString as hastText } from 'hast-util-to-string'
import { selectAll } from 'hast-util-select'
import type { Table } from 'mdast'
import { toString as mdText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'
import { parseYearColumn } from '../../src/model/index.js'
import { renderHtml } from '../../src/render/html/index.js'
import { parsePage } from './html/helpers.js'
import { composedPlan, PLAN_DIRS } from './pdf/real-plans.js'

/*
 * No generated table prints an optional column that no row fills ("Önskad riktning" where no
 * indicator has a direction, "Verksamhet" where no supplier names one). A year column stays,
 * with "–" in each cell: the year says the figure is not there yet.
 */
const PLANS = [...PLAN_DIRS, 'tests/fixtures/compose/kf-budget/plan']
const read = (file: string) => readFileSync(file, 'utf8')

/** Headings of the columns that are empty in every body row; a missing value ("–") counts as empty. */
function emptyColumns(header: string[], rows: string[][]): string[] {
  // Rows of a table with row groups have fewer cells (the group cells span from above): count from the right.
  return header.filter((_, col) => rows.length > 0 && rows.every((row) => (row[row.length - (header.length - col)] ?? '').replace(/–|uppgift saknas/g, '').trim() === ''))
}

const notYears = (columns: string[]) => columns.filter((column) => parseYearColumn(column) === undefined)

describe.each(PLANS)('%s', { timeout: 60_000 }, (dir) => {
  test('the document tree both renderers take has no optional column empty in every row', async () => {
    const { doc } = await composedPlan(dir)
    const found: string[] = []
    visit(doc.tree, 'table', (table: Table) => {
      const [head, ...body] = table.children
      const header = head!.children.map((cell) => mdText(cell))
      const rows = body.filter((row) => row.data?.kind === 'body').map((row) => row.children.filter((cell) => !cell.data?.spanned).map((cell) => mdText(cell)))
      found.push(...notYears(emptyColumns(header, rows)).map((column) => `${header[0]}… › ${column}`))
    })
    expect(found).toEqual([])
  })

  test('nor has the HTML page', async () => {
    const { doc } = await composedPlan(dir)
    const page = parsePage(renderHtml(doc, { css: read('templates/default/style.css'), page: read('templates/default/page.html') }).html)
    const found = selectAll('table', page).flatMap((table: Element) => {
      const header = selectAll('thead th', table).map((th) => hastText(th).trim())
      const rows = selectAll('tbody tr:not(.row-group):not(.row-total)', table).map((row) => selectAll('th, td', row).map((cell) => hastText(cell)))
      return notYears(emptyColumns(header, rows)).map((column) => `${header[0]}… › ${column}`)
    })
    expect(found).toEqual([])
  })
})

test('Knivsta: the indicators of "Ekonomi i balans", which state no direction, have no "Önskad riktning" column; those that do keep it', async () => {
  const { doc } = await composedPlan('plans/knivsta-sn-2024')
  const headers: string[][] = []
  visit(doc.tree, 'table', (table: Table) => void headers.push(table.children[0]!.children.map((cell) => mdText(cell))))
  expect(headers).toContainEqual(['Indikator', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023'])
  expect(headers).toContainEqual(['Indikator', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Önskad riktning'])
})
