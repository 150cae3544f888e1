import { existsSync, readFileSync } from 'node:fs'
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { selectAll } from 'hast-util-select'
import { describe, expect, test } from 'vitest'
import { renderHtml } from '../../../src/render/html/index.js'
import { composedPlan, PLAN_DIRS } from '../pdf/real-plans.js'
import { parsePage } from './helpers.js'

const present = PLAN_DIRS.filter((dir) => existsSync(`${dir}/plan.yaml`))
const read = (file: string) => readFileSync(file, 'utf8')

async function seedPage(dir: string): Promise<Root> {
  const { doc } = await composedPlan(dir)
  const css = `${read('templates/default/style.css')}\n${read(`templates/${doc.meta.template}/style.css`)}`
  return parsePage(renderHtml(doc, { css, page: read('templates/default/page.html') }).html)
}

/** What a screen reader announces as the name of each table region. */
function regionNames(tree: Root): string[] {
  const byId = new Map(selectAll('[id]', tree).map((element) => [String(element.properties.id), element]))
  return selectAll('.table-scroll', tree).map((region) => {
    const ids = region.properties.ariaLabelledBy as string[] | undefined
    return ids ? ids.map((id) => toString(byId.get(id)!)).join(' ') : String(region.properties.ariaLabel)
  })
}

/** The row headers of every body row, those spanning down from rows above included. */
function rowHeaders(table: Element): string[][] {
  const spans: { text: string; left: number }[] = []
  return selectAll('tbody tr', table).map((row) => {
    const own = selectAll('th[scope="row"]', row)
    const carried = spans.filter((span) => span.left > 0).map((span) => span.text)
    for (const span of spans) span.left -= 1
    for (const th of own) {
      const rows = Number(th.properties.rowSpan ?? 1)
      if (rows > 1) spans.push({ text: toString(th), left: rows - 1 })
    }
    return [...carried, ...own.map((th) => toString(th))]
  })
}

describe.each(present)('the HTML tables of %s', { timeout: 60_000 }, (dir) => {
  test('no two table regions share a name', async () => {
    const names = regionNames(await seedPage(dir))
    expect(names.length).toBeGreaterThan(3)
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([])
  })

  test('every body row has a row header, and rows with the same label differ by the group they carry', async () => {
    for (const table of selectAll('table', await seedPage(dir))) {
      const headers = rowHeaders(table)
      const rows = selectAll('tbody tr', table)
      headers.forEach((header, index) => {
        if (!rows[index]!.properties.className?.toString().includes('row-group')) expect(header.length, `${table.properties.id} row ${index + 1}`).toBeGreaterThan(0)
      })
      const spoken = headers.map((header) => header.join(', '))
      expect(spoken.filter((text, index) => text !== '' && spoken.indexOf(text) !== index), String(table.properties.id)).toEqual([])
    }
  })

  test('a missing value shows "–" and is read as "uppgift saknas"; no data cell is blank', async () => {
    const tree = await seedPage(dir)
    const cells = selectAll('tbody tr:not(.row-group) td', tree)
    expect(cells.filter((cell) => toString(cell).trim() === '')).toEqual([])
    for (const cell of cells.filter((c) => toString(c).includes('uppgift saknas'))) {
      expect(selectAll('[aria-hidden="true"]', cell).map((span) => toString(span))).toEqual(['–'])
    }
  })

  test('the legend K = kvinnor, M = män is a note under its table, never in a row', async () => {
    const tree = await seedPage(dir)
    expect(selectAll('td, th', tree).filter((cell) => toString(cell).includes('K = kvinnor'))).toEqual([])
    for (const note of selectAll('.table-note', tree)) expect(toString(note)).toBe('K = kvinnor, M = män')
  })
})

test('Knivsta: the volumes table announces "Antal brukare totalt" with its group', async () => {
  const table = selectAll('table#volymer', await seedPage('plans/knivsta-sn-2024'))[0]!
  const spoken = rowHeaders(table).map((header) => header.join(', '))
  expect(spoken).toContain('Hemtjänst, Antal brukare totalt')
  expect(spoken).toContain('Särskilt boende äldre, Antal brukare totalt')
  expect(selectAll('td', table).some((cell) => toString(cell).includes('uppgift saknas'))).toBe(true)
})
