import { describe, expect, test } from 'vitest'
import { select } from 'hast-util-select'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { documentOf, normalise, parsePage, render, sample, visibleText } from './helpers.js'

describe('nothing of the document is lost', () => {
  const { html, doc } = render(sample)
  const text = visibleText(select('main', parsePage(html))!)

  test('every paragraph, list item and heading of the sample appears in the page text', () => {
    const expected: string[] = []
    visit(doc.tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'listItem') expected.push(normalise(toString(node)))
      if (node.type === 'heading') expected.push(normalise(`${node.data?.number ?? ''} ${toString(node)}`))
    })
    expect(expected.length).toBeGreaterThan(15)
    for (const piece of expected) expect(text).toContain(piece)
  })

  test('every table row appears as a row, its cells in order', () => {
    let rows = 0
    visit(doc.tree, 'tableRow', (row) => {
      rows++
      // A missing value is a dash with words for screen readers (textContent holds both).
      const cells = row.children.map((cell) => (cell.data?.missing ? '–uppgift saknas' : toString(cell)))
      expect(text).toContain(normalise(cells.join(' ')))
    })
    expect(rows).toBe(15)
  })

  test('markup that is escaped in the Markdown renders as literal text', () => {
    expect(html).toContain('<td>A | B &amp; Co *AB*</td>')
    expect(html).toContain('<td>Färd\u00adtjänst &lt;8,71%</td>')
    expect(text).toContain('A | B & Co *AB* Färdtjänst <8,71%')
  })

  test('inline formatting and safe links survive', () => {
    expect(html).toContain('<em>kursiv</em> och <strong>fet</strong> text, en <a href="https://www.knivsta.se/">länk</a> och <code>kod</code>.')
  })

  test('does not change the tree it renders (the PDF renderer shares it)', () => {
    const doc = documentOf(sample)
    const before = JSON.stringify(doc.tree)
    render(sample)
    expect(JSON.stringify(doc.tree)).toBe(before)
  })
})

describe('determinism', () => {
  test('the same input gives the same bytes, also after other documents were rendered', () => {
    const first = render(sample).html
    render('# Annat\n\nText.\n')
    render(sample, { fragment: true })
    expect(render(sample).html).toBe(first)
    expect(render(sample, { fragment: true }).html).toBe(render(sample, { fragment: true }).html)
  })
})
