import { readFileSync } from 'node:fs'
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { select, selectAll } from 'hast-util-select'
import { beforeAll, describe, expect, test } from 'vitest'
import { renderHtml } from '../../../src/render/html/index.js'
import { composedPlan } from '../pdf/real-plans.js'
import { parsePage, normalise } from './helpers.js'

/* The council budget fixture's goal overview, as assistive technology reads the HTML table. */
const FIXTURE = 'tests/fixtures/compose/kf-budget/plan'
const read = (file: string) => readFileSync(file, 'utf8')
let page: Root
let table: Element
let fragment: Root

beforeAll(async () => {
  const { doc } = await composedPlan(FIXTURE)
  page = parsePage(renderHtml(doc, { css: read('templates/default/style.css'), page: read('templates/default/page.html') }).html)
  table = select('table#maloversikt', page)!
  fragment = parsePage(renderHtml(doc, { css: read('templates/default/style.css'), page: read('templates/default/page.html'), fragment: true }).html)
}, 60_000)

const text = (element: Element) => normalise(toString(element))

/** A cell's accessible name by its headers: what a screen reader says before the cell. */
function headersOf(cell: Element): string[] {
  const ids = (cell.properties.headers as string[] | undefined) ?? []
  return ids.map((id) => {
    const header = select(`[id="${id}"]`, table)
    expect(header, `headers names ${id}, which is not in the table`).toBeTruthy()
    return text(header!)
  })
}

describe('the goal overview in HTML', () => {
  test('has the headings the plan asks for, and no column that no row fills', () => {
    expect(selectAll('thead th', table).map(text)).toEqual(['Målområde', 'Mål – fram till år 2027 ska Norrviks kommun', 'Indikator', 'Utfall 2022', 'Utfall 2023', 'KF mål 2025'])
    expect(selectAll('thead th', table).every((th) => th.properties.scope === 'col')).toBe(true)
  })

  test('an area is one row-group header over its goals, a goal one header spanning its indicators', () => {
    const areas = selectAll('tbody', table).map((body) => {
      const th = select('th[scope="rowgroup"]', body)!
      return [text(th), Number(th.properties.rowSpan), selectAll('tr', body).length]
    })
    expect(areas).toEqual([
      ['Livsmiljö och samhällsbyggnad', 6, 6],
      ['Utbildning och arbete', 3, 3],
      ['Omsorg och hälsa', 3, 3],
      ['Ekonomi och organisation', 4, 4],
    ])
    const goal = selectAll('th[scope="row"]', table).find((th) => text(th) === 'minska utsläppen av växthusgaser från den egna verksamheten')!
    expect(goal.properties.rowSpan).toBe(3)
    // Written once: no cell repeats a group, visibly or for screen readers only.
    expect(selectAll('tbody th, tbody td', table).filter((cell) => text(cell) === 'Livsmiljö och samhällsbyggnad')).toHaveLength(1)
  })

  test('every value is announced with its column, its area, its goal and its indicator', () => {
    const value = selectAll('td', table).find((td) => text(td) === '57 %')!
    expect(headersOf(value)).toEqual(['Utfall 2023', 'Livsmiljö och samhällsbyggnad', 'minska utsläppen av växthusgaser från den egna verksamheten', 'Andel fossilfria fordon i kommunens fordonsflotta'])
    const later = selectAll('td', table).find((td) => text(td) === '81')!
    expect(headersOf(later)).toEqual(['KF mål 2025', 'Ekonomi och organisation', 'vara en attraktiv arbetsgivare som behåller och utvecklar sina medarbetare', 'Hållbart medarbetarengagemang (HME), index'])
    for (const td of selectAll('tbody td', table)) expect(headersOf(td).length).toBeGreaterThanOrEqual(3)
  })

  test('a goal without indicators still has its row, its values missing, not zero', () => {
    const goal = selectAll('th', table).find((th) => text(th) === 'vara en kommun där invånarna känner sig trygga')!
    const row = selectAll('tr', table).find((tr) => tr.children.includes(goal))!
    const cells = selectAll('td', row)
    expect(cells.map(text)).toEqual(['', '–uppgift saknas', '–uppgift saknas', '–uppgift saknas'])
    expect(headersOf(cells[1]!)).toEqual(['Utfall 2022', 'Livsmiljö och samhällsbyggnad', 'vara en kommun där invånarna känner sig trygga'])
  })

  test('scrolls in its own named, focusable region', () => {
    const region = selectAll('.table-scroll', page).find((div) => select('table#maloversikt', div))!
    expect(region.properties.tabIndex).toBe(0)
    expect(region.properties.role).toBe('region')
    expect(text(select('caption', table)!)).toBe('Mål och indikatorer')
  })

  test('in the CMS fragment, the headers name the prefixed ids', () => {
    const cells = selectAll('td[headers]', fragment)
    expect(cells.length).toBeGreaterThan(30)
    const ids = new Set(selectAll('[id]', fragment).map((element) => String(element.properties.id)))
    for (const cell of cells) for (const id of cell.properties.headers as string[]) expect(ids.has(id) && id.startsWith('vplan-'), id).toBe(true)
  })
})
