import { describe, expect, test } from 'vitest'
import { renderHtml } from '../../../src/render/html/index.js'
import { buildTocList } from '../../../src/render/html/build-toc.js'
import { toHtml } from 'hast-util-to-html'
import { css, documentOf } from './helpers.js'

describe('page layout', () => {
  const doc = documentOf('# Kapitel\n\nText.\n')

  test('a layout can use every field of the view', () => {
    const page = '{{title}}|{{board}}|{{municipality}}|{{year}}|{{date}}|{{subtitle}}|{{adopted}}|{{keywords}}|{{tocTitle}}|{{mainId}}|{{tocTitleId}}|{{{toc}}}|{{{content}}}'
    const { html, diagnostics } = renderHtml(doc, { css, page })
    expect(diagnostics).toEqual([])
    expect(html).toContain('Verksamhetsplan 2024 för Socialnämnden|Socialnämnden|Knivsta kommun|2024|2023-12-01|')
    expect(html).toContain('<h2 id="1-kapitel" class="depth-1"><span class="num">1</span> Kapitel</h2>')
  })

  test('a misspelt field or broken layout is an error diagnostic with the line, not an exception', () => {
    const missing = renderHtml(doc, { css, page: '<p>\n{{titel}}</p>', pageFile: 'templates/x/page.html' })
    expect(missing.html).toBe('')
    expect(missing.diagnostics).toMatchObject([{ file: 'templates/x/page.html', severity: 'error', ruleId: 'page-template' }])
    const broken = renderHtml(doc, { css, page: '<p>\n\n{{#if title}}</p>' })
    expect(broken.diagnostics).toMatchObject([{ file: 'page.html', line: 3, ruleId: 'page-template' }])
    expect(renderHtml(doc, { css, page: '' }).diagnostics).toMatchObject([{ severity: 'error', ruleId: 'page-template' }])
  })

  test('a stylesheet cannot close its <style> element early', () => {
    const { html } = renderHtml(doc, { css: 'p { color: red } </style><script>alert(1)</script>', page: '<style>{{{css}}}</style>' })
    expect(html).not.toContain('</style><script>')
  })
})

describe('buildTocList', () => {
  const entry = (depth: number, level: number, id: string) => ({ depth, level, id, text: id })

  test('nests by outline level, so headings a level apart whatever their Markdown depth are siblings', () => {
    const list = buildTocList([entry(1, 1, 'a'), entry(3, 2, 'b'), entry(2, 2, 'c'), entry(1, 1, 'd'), entry(2, 2, 'e')])!
    expect(toHtml(list)).toBe(
      '<ol class="toc-list"><li><a href="#a">a</a><ol><li><a href="#b">b</a></li><li><a href="#c">c</a></li></ol></li><li><a href="#d">d</a><ol><li><a href="#e">e</a></li></ol></li></ol>',
    )
  })

  test('is absent for an empty table of contents, and the page then has no nav', () => {
    expect(buildTocList([])).toBeUndefined()
  })
})
