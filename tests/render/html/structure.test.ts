import { describe, expect, test } from 'vitest'
import { select, selectAll } from 'hast-util-select'
import { visit } from 'unist-util-visit'
import postcss from 'postcss'
import type { Table } from 'mdast'
import type { Element } from 'hast'
import { classesOf, css, parsePage, render, sample, visibleText } from './helpers.js'

const { html, doc, diagnostics } = render(sample)
const tree = parsePage(html)
const attr = (element: Element | undefined, name: string) => element?.properties[name]

describe('the page', () => {
  test('renders the sample without diagnostics', () => {
    expect(diagnostics).toEqual([])
  })

  test('is Swedish, with charset, viewport, title and author', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(attr(select('html', tree), 'lang')).toBe('sv')
    expect(attr(select('meta[charset]', tree), 'charSet')).toBe('utf-8')
    expect(attr(select('meta[name=viewport]', tree), 'content')).toBe('width=device-width, initial-scale=1')
    expect(visibleText(select('title', tree)!)).toBe('Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun')
    expect(attr(select('meta[name=author]', tree), 'content')).toBe('Socialnämnden')
  })

  test('has one banner, navigation, main and contentinfo landmark, in that order', () => {
    const landmarks = selectAll('body > header, body > nav, body > main, body > footer', tree).map((e) => e.tagName)
    expect(landmarks).toEqual(['header', 'nav', 'main', 'footer'])
  })

  test('shows municipality, title, subtitle and adoption line in the header', () => {
    const header = visibleText(select('body > header', tree)!)
    expect(header).toBe(
      'Knivsta kommun Verksamhetsplan 2024 för Socialnämnden Verksamhetsplan med budget Antagen av Socialnämnden i december 2023, för helår 2024',
    )
    expect(selectAll('h1', tree)).toHaveLength(1)
  })

  test('starts with a skip link to main', () => {
    const first = select('body > a', tree)
    expect(visibleText(first!)).toBe('Hoppa till innehållet')
    const target = String(attr(first, 'href')).slice(1)
    expect(attr(select('main', tree), 'id')).toBe(target)
  })

  test('has a table of contents whose links all land on headings', () => {
    const nav = select('nav', tree)!
    const labelledBy = (attr(nav, 'ariaLabelledBy') as string[])[0]
    const title = select(`#${labelledBy}`, tree)
    expect(visibleText(title!)).toBe('Innehållsförteckning')
    const links = selectAll('a[href]', nav).map((a) => decodeURIComponent(String(a.properties.href)))
    expect(links).toHaveLength(doc.toc.length)
    for (const link of links) {
      const target = selectAll('[id]', tree).find((e) => e.properties.id === link.slice(1))
      expect(target?.tagName, link).toMatch(/^h[2-6]$/)
    }
    expect(visibleText(nav)).toContain('2.1.1 Socialnämndens verksamheter ska möta')
  })

  test('nests the table of contents by heading depth', () => {
    const nested = selectAll('nav > ol > li > ol > li > ol > li > a', tree)
    expect(nested.map((a) => visibleText(a))).toEqual([
      '2.1.1 Socialnämndens verksamheter ska möta omvärldsförändringar med ständig utveckling och tillvaratagande av invånarnas egna resurser.',
    ])
  })

  test('gives every id once', () => {
    const ids = selectAll('[id]', tree).map((e) => String(e.properties.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('makes no external requests: no scripts, images, frames, links or imports', () => {
    expect(selectAll('script, img, iframe, link, object, embed, video, audio, source', tree)).toEqual([])
    expect(selectAll('[src], [srcset]', tree)).toEqual([])
    const style = visibleText({ type: 'text', value: select('style', tree)!.children.map((c) => ('value' in c ? c.value : '')).join('') })
    expect(style).not.toMatch(/@import|url\(/i)
    expect(attr(select('meta[http-equiv=Content-Security-Policy]', tree), 'content')).toContain("default-src 'none'")
  })

  test('inlines the template stylesheet', () => {
    expect(html).toContain('--accent: #00695c;')
  })
})

describe('headings', () => {
  test('carry the slug as id, the number in a span, and never skip an outline level', () => {
    const headings = selectAll('main :is(h2, h3, h4, h5, h6)', tree)
    expect(headings.map((h) => h.tagName)).toEqual(['h2', 'h3', 'h2', 'h3', 'h4', 'h2', 'h2'])
    expect(headings.map((h) => classesOf(h)[0])).toEqual(['depth-1', 'depth-4', 'depth-1', 'depth-2', 'depth-3', 'depth-1', 'depth-1'])
    expect(attr(headings[0], 'id')).toBe('1-styr--och-ledningsmodell')
    expect(visibleText(select('span.num', headings[4]!)!)).toBe('2.1.1')
    expect(visibleText(headings[0]!)).toBe('1 Styr- och ledningsmodell')
  })
})

describe('tables', () => {
  const tables = selectAll('main table', tree)
  const mdTables: Table[] = []
  visit(doc.tree, 'table', (t) => void mdTables.push(t))

  test('each sits in a focusable scroll region named by its caption (unique in the document)', () => {
    expect(tables).toHaveLength(4)
    const names: string[] = []
    for (const region of selectAll('main div.table-scroll', tree)) {
      expect(region.properties).toMatchObject({ role: 'region', tabIndex: 0 })
      const caption = select('caption', region)!
      expect(visibleText(caption).length).toBeGreaterThan(0)
      const [captionId, ...more] = region.properties.ariaLabelledBy as string[]
      expect(captionId).toBe(caption.properties.id)
      names.push([captionId, ...more].map((id) => visibleText(selectAll('[id]', tree).find((e) => e.properties.id === id)!)).join(' '))
    }
    expect(selectAll('main div.table-scroll > table', tree)).toHaveLength(4)
    expect(names).toEqual([
      'Uppdrag',
      'Indikatorer',
      'Nämndens driftsbudget (tkr)',
      'Uppföljningsplan av privata utförare',
    ])
    expect(attr(tables[2], 'id')).toBe('driftsbudget')
  })

  test('two tables of one name under one heading get names a screen reader can tell apart', () => {
    const table = (id: string) => `:::table{#${id} caption="Uppdrag"}\n| A |\n| :-- |\n| x |\n:::\n`
    const { html } = render(`# Ekonomi i balans\n\n${table('a')}\n${table('b')}`)
    const captions = selectAll('caption', parsePage(html))
    expect(captions.map((c) => visibleText(c))).toEqual(['Uppdrag, avsnitt 1 (1 av 2)', 'Uppdrag, avsnitt 1 (2 av 2)'])
  })

  test('an empty caption takes the heading above, for screen readers only', () => {
    const { html, diagnostics } = render('# Volymer och nyckeltal\n\n:::table{#volymer caption=""}\n| A | B |\n| :-- | --: |\n| x | 1 |\n:::\n')
    const caption = select('caption', parsePage(html))!
    expect(classesOf(caption)).toEqual(['sr-only'])
    expect(visibleText(caption)).toBe('Volymer och nyckeltal')
    expect(diagnostics).toEqual([])
  })

  test('head cells are column headers and the first cell of a row its row header', () => {
    for (const table of tables) {
      for (const th of selectAll('thead th', table)) expect(th.properties.scope).toBe('col')
      for (const row of selectAll('tbody tr', table)) {
        const [first, ...rest] = row.children.filter((c): c is Element => c.type === 'element')
        if (first!.children.length > 0) {
          expect(first!.tagName).toBe('th')
          expect(first!.properties.scope).toMatch(/^(row|rowgroup)$/)
        }
        for (const cell of rest) expect(cell.tagName).toBe('td')
      }
    }
  })

  test('cells of right-aligned (numeric) columns are marked numeric, and the stylesheet right-aligns them', () => {
    tables.forEach((table, t) => {
      const align = mdTables[t]!.align ?? []
      for (const row of selectAll('tr', table)) {
        const cells = row.children.filter((c): c is Element => c.type === 'element')
        cells.forEach((cell, i) => expect(classesOf(cell).includes('numeric'), `table ${t} column ${i}`).toBe(align[i] === 'right'))
      }
    })
    const rules: Record<string, string>[] = []
    postcss.parse(css).walkRules('.numeric', (rule) => {
      const decls: Record<string, string> = {}
      rule.walkDecls((d) => void (decls[d.prop] = d.value))
      rules.push(decls)
    })
    expect(rules[0]).toMatchObject({ 'text-align': 'right', 'font-variant-numeric': 'tabular-nums' })
  })

  test('group, sub and total rows are classed; a group and its sub-rows form one row group', () => {
    const budget = tables[2]!
    const bodies = selectAll('tbody', budget)
    expect(bodies.map((b) => selectAll('tr', b).map((r) => classesOf(r).join(' ') || 'body'))).toEqual([
      ['body'],
      ['row-group', 'row-sub', 'row-sub'],
      ['body', 'row-total'],
    ])
    const groupHeader = select('tr.row-group > th', budget)!
    expect(groupHeader.properties.scope).toBe('rowgroup')
    expect(visibleText(select('tr.row-total', budget)!)).toBe('Summa 344 051 360 999 360 999')
    expect(visibleText(selectAll('tr.row-sub', budget)[0]!)).toBe('Förebyggande verksamhet SoL 4 007 0 0')
  })

  test('a table with neither caption nor heading still gets a region name, and a warning asks for a caption', () => {
    const { html, diagnostics } = render('| A | B |\n| :-- | --: |\n| x | 1 |\n')
    const region = select('div.table-scroll', parsePage(html))!
    expect(region.properties.ariaLabel).toBe('Tabell 1')
    expect(diagnostics).toMatchObject([{ ruleId: 'table-caption', severity: 'warning', line: 1 }])
  })

  test('a table id that a heading already has is made unique', () => {
    const { html } = render('# Driftsbudget\n\n:::table{#driftsbudget caption="Drift"}\n| A |\n| :-- |\n| x |\n:::\n', {
      layout: { numberDepth: 0, tocDepth: 1, tocTitle: 'Innehåll' },
    })
    const ids = selectAll('[id]', parsePage(html)).map((e) => e.properties.id)
    expect(ids).toContain('driftsbudget')
    expect(ids).toContain('driftsbudget-2')
  })
})

describe('other directives', () => {
  test('label, note and keep become classed blocks; pagebreak disappears; unknown ones keep their text with a warning', () => {
    const { html, diagnostics } = render(':::label\nEtikett\n:::\n\n:::note\nKälla\n:::\n\n:::keep\nHålls ihop\n:::\n\n::pagebreak\n\n:::okand\nKvar\n:::\n')
    const tree = parsePage(html)
    expect(visibleText(select('main div.label', tree)!)).toBe('Etikett')
    expect(visibleText(select('main div.note', tree)!)).toBe('Källa')
    expect(visibleText(select('main div.keep', tree)!)).toBe('Hålls ihop')
    expect(visibleText(select('main', tree)!)).toBe('Etikett Källa Hålls ihop Kvar')
    expect(diagnostics).toMatchObject([{ ruleId: 'unknown-directive', line: 15 }])
  })
})
