import { existsSync } from 'node:fs'
import type { Heading, Table } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'
import { parseDocument } from '../../src/document/index.js'
import { composedPlan, PLAN_DIRS } from '../render/pdf/real-plans.js'
import { knivstaLayout, meta } from '../render/html/helpers.js'

const present = PLAN_DIRS.filter((dir) => existsSync(`${dir}/plan.yaml`))

/** Each captioned table with the heading nearest above it. */
function captionedTables(tree: ReturnType<typeof parseDocument>['tree']) {
  const out: { caption: string; heading: string | undefined }[] = []
  let heading: Heading | undefined
  visit(tree, (node) => {
    if (node.type === 'heading') heading = node
    if (node.type === 'containerDirective' && (node as ContainerDirective).name === 'table') {
      const caption = (node as ContainerDirective).attributes?.caption
      if (caption) out.push({ caption, heading: heading ? toString(heading) : undefined })
    }
  })
  return out
}

describe.each(present)('the tables of %s', { timeout: 60_000 }, (dir) => {
  test('have names of their own: no two share a caption, and no caption repeats the heading above it', async () => {
    const { doc } = await composedPlan(dir)
    const tables = captionedTables(doc.tree)
    expect(tables.length).toBeGreaterThan(3)
    const captions = tables.map((table) => table.caption)
    expect(captions.filter((caption, index) => captions.indexOf(caption) !== index)).toEqual([])
    for (const table of tables) expect(table.caption.toLowerCase()).not.toBe(table.heading?.toLowerCase())
  })

  test('every body row has a header cell, and every empty value is marked missing', async () => {
    const { doc } = await composedPlan(dir)
    visit(doc.tree, 'table', (table: Table) => {
      for (const row of table.children.slice(1)) {
        if (row.data?.kind === 'group') continue
        const label = row.children[0]!
        expect(toString(label) !== '' || label.data?.spanned === true, `a row of a table headed "${toString(table.children[0]!)}"`).toBe(true)
        for (const cell of row.children.slice(table.data?.headerColumns ?? 1)) {
          if (toString(cell).trim() === '') expect(cell.data?.missing).toBe(true)
        }
      }
    })
  })
})

describe('table naming and row headers', () => {
  test('a shared caption names its section, by number where headings are numbered; alike tables are counted', () => {
    const markdown = [
      '# Mål', '## Vård', ':::table{caption="Indikatorer"}', '| A | B |', '| - | - |', '| x | 1 |', ':::',
      '## Ekonomi', ':::table{caption="Indikatorer"}', '| A | B |', '| - | - |', '| y | 2 |', ':::',
      ':::table{caption="Indikatorer"}', '| A | B |', '| - | - |', '| z | 3 |', ':::',
      '# Volymer', ':::table{caption="Volymer"}', '| A | B |', '| - | - |', '| v | 4 |', ':::',
    ].join('\n\n')
    const doc = parseDocument(markdown, meta, { ...knivstaLayout, numberDepth: 2 })
    expect(captionedTables(doc.tree).map((table) => table.caption)).toEqual(['Indikatorer, avsnitt 1.1', 'Indikatorer, avsnitt 1.2 (1 av 2)', 'Indikatorer, avsnitt 1.2 (2 av 2)'])
  })

  test('header-columns="2": an empty group cell continues the group above it, and spans its rows', () => {
    const markdown = ':::table{header-columns="2" caption="Volymer"}\n| Område | Nyckeltal | 2024 |\n| :-- | :-- | --: |\n| Hemtjänst | Biståndsbedömd tid | 49 676 |\n|  | Antal brukare totalt | 250 |\n| Särskilt boende | Antal brukare totalt |  |\n:::\n'
    const doc = parseDocument(markdown, meta, knivstaLayout)
    let table: Table | undefined
    visit(doc.tree, 'table', (node: Table) => void (table = node))
    const [, hemtjanst, continued, boende] = table!.children
    expect(hemtjanst!.children[0]!.data?.rowSpan).toBe(2)
    expect(continued!.children[0]!.data?.spanned).toBe(true)
    expect(boende!.children[0]!.data?.rowSpan).toBeUndefined()
    expect(boende!.children[2]!.data?.missing).toBe(true)
    expect(hemtjanst!.children[2]!.data?.missing).toBeUndefined()
  })
})
