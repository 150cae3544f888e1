import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Heading, Table } from 'mdast'
import { visit } from 'unist-util-visit'
import { parseDocument } from '../../src/document/index.js'
import type { Meta } from '../../src/model/index.js'

const meta: Meta = {
  municipality: 'Knivsta kommun',
  board: 'Socialnämnden',
  year: 2024,
  title: 'Verksamhetsplan 2024 för Socialnämnden',
  date: '2023-12-01',
  template: 'knivsta',
  keywords: [],
}
const sample = readFileSync(new URL('../fixtures/document/sample.md', import.meta.url), 'utf8')

function headings(numberDepth: number, tocDepth: number) {
  const doc = parseDocument(sample, meta, { numberDepth, tocDepth, tocTitle: 'Innehållsförteckning' })
  const found: Heading[] = []
  visit(doc.tree, 'heading', (h) => void found.push(h))
  return { doc, found }
}

describe('parseDocument', () => {
  test('numbers headings to the template depth, Knivsta style', () => {
    const { doc, found } = headings(3, 3)
    expect(found.map((h) => h.data?.number)).toEqual(['1', undefined, '2', '2.1', '2.1.1', '3', '4'])
    expect(doc.toc.map((t) => `${t.number} ${t.text}`)).toEqual([
      '1 Styr- och ledningsmodell',
      '2 Mål, uppdrag och indikatorer',
      '2.1 Vård, stöd och omsorg med kvalitet (SN)',
      '2.1.1 Socialnämndens verksamheter ska möta omvärldsförändringar med ständig utveckling och tillvaratagande av invånarnas egna resurser.',
      '3 Nämndens driftsbudget',
      '4 Uppföljningsplan av privata utförare',
    ])
    expect(found[4]?.data?.id).toBe('211-socialnämndens-verksamheter-ska-möta-omvärldsförändringar-med-ständig-utveckling-och-tillvaratagande-av-invånarnas-egna-resurser')
  })

  test('leaves headings unnumbered when the template says so, Danderyd style', () => {
    const { doc, found } = headings(0, 2)
    expect(found.every((h) => h.data?.number === undefined)).toBe(true)
    expect(doc.toc.map((t) => t.depth)).toEqual([1, 1, 2, 1, 1])
    expect(doc.toc[0]?.id).toBe('styr--och-ledningsmodell')
  })

  test('marks group, sub and total rows of money tables', () => {
    const { doc } = headings(3, 3)
    const tables: Table[] = []
    visit(doc.tree, 'table', (t) => void tables.push(t))
    const budget = tables[2]!
    expect(budget.children.map((r) => r.data?.kind)).toEqual(['header', 'body', 'group', 'body', 'body', 'body', 'total'])
    expect(budget.children.map((r) => r.data?.indent ?? 0)).toEqual([0, 0, 0, 1, 1, 0, 0])
    const sub = budget.children[3]!.children[0]!.children[0]
    expect(sub).toMatchObject({ type: 'text', value: 'Förebyggande verksamhet SoL' })
  })

  test('keeps escaped pipes and brackets as literal text in cells', () => {
    const { doc } = headings(3, 3)
    const tables: Table[] = []
    visit(doc.tree, 'table', (t) => void tables.push(t))
    const row = tables[3]!.children[2]!
    const text = row.children.map((c) => c.children.map((n) => ('value' in n ? n.value : '')).join(''))
    expect(text.slice(2, 4)).toEqual(['A | B & Co *AB*', 'Färdtjänst <8,71%'])
    expect(row.children).toHaveLength(5)
  })
})

describe('Swedish prose is not mistaken for directives', () => {
  test('c:a, S:ta and 10:00 stay text while ::pagebreak and :::table still work', () => {
    const doc = parseDocument('Det är c:a 4 miljoner för S:ta Maria kl. 10:00.\n\n::pagebreak\n', meta, {
      numberDepth: 0,
      tocDepth: 1,
      tocTitle: 'Innehåll',
    })
    expect(doc.tree.children.map((n) => n.type)).toEqual(['paragraph', 'leafDirective'])
    expect(doc.tree.children[0]).toMatchObject({
      children: [{ type: 'text', value: 'Det är c:a 4 miljoner för S:ta Maria kl. 10:00.' }],
    })
  })
})
