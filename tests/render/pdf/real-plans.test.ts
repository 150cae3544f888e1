import { existsSync } from 'node:fs'
import type { Heading, Paragraph, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, test } from 'vitest'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { headingLabel } from './fixtures.js'
import { composedPlan, PLAN_DIRS } from './real-plans.js'
import { pageOf, readPdf, readToc } from './read-pdf.js'

const present = PLAN_DIRS.filter((dir) => existsSync(`${dir}/plan.yaml`))

describe.each(present)('the real plan %s', { timeout: 120_000 }, (dir) => {
  test('renders without warnings; all text present; TOC pages right; no heading ends a page', async () => {
    const { doc, style } = await composedPlan(dir)
    const { bytes, diagnostics } = await renderPdf(doc, { style })
    expect(diagnostics).toEqual([])
    const pdf = await readPdf(bytes)

    const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, '')
    const all = squeeze(pdf.pages.map((page) => page.text).join(''))
    const texts: string[] = []
    visit(doc.tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'tableCell') texts.push(toString(node as Paragraph | TableCell))
    })
    expect(texts.filter((text) => !all.includes(squeeze(text)))).toEqual([])

    const entries = readToc(pdf, doc.layout.tocTitle)
    expect(entries.map((entry) => entry.text)).toEqual(doc.toc.map(headingLabel))
    for (const entry of entries) expect([entry.text, pageOf(pdf, entry.text, 3)]).toEqual([entry.text, entry.page])

    const headings: string[] = []
    visit(doc.tree, 'heading', (node: Heading) => void headings.push(headingLabel({ number: node.data?.number, text: toString(node) })))
    const stranded = pdf.pages.slice(1, -1).filter((page) => {
      const last = page.lines[page.lines.length - 1]?.text ?? ''
      return headings.some((heading) => heading === last || heading.endsWith(` ${last}`))
    })
    expect(stranded.map((page) => page.lines.at(-1)?.text)).toEqual([])
  })
})
