import { describe, expect, test } from 'vitest'
import { select, selectAll } from 'hast-util-select'
import type { Diagnostic } from '../../../src/diagnostics/index.js'
import { renderHtml } from '../../../src/render/html/index.js'
import { css, documentOf, page, parsePage, render, visibleText } from './helpers.js'

/** Narrative an editor might paste, or an attacker might write. Line numbers matter below. */
const hostile = [
  '# Rubrik', // 1
  '',
  '<script>alert(1)</script>', // 3
  '',
  'Före <img src=x onerror=alert(1)> efter.', // 5
  '',
  '[x](javascript:alert(1)) [y](JaVaScRiPt&#58;alert(1)) [z](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', // 7
  '',
  '<svg onload=alert(1)>', // 9
  '',
  'Se <a href="#" onclick="alert(1)">klick</a> här.', // 11
  '',
  '[v](vbscript:msgbox(1)) [t](java&#x09;script:alert(1)) [n](&#x01;javascript:alert(1)) <javascript:alert(3)> [r][elak]', // 13
  '',
  '[elak]: javascript:alert(2)', // 15
  '',
  '![diagram](https://example.com/x.png) <iframe src="https://example.com"></iframe>', // 17
  '',
  '<style>body{display:none}</style>', // 19
  '',
  '[ok](https://www.knivsta.se/) [mejl](mailto:sn@knivsta.se) [ankare](#rubrik)', // 21
  '',
].join('\n')

const byRule = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column}`)

describe('hostile narrative', () => {
  for (const fragment of [false, true]) {
    describe(fragment ? 'fragment' : 'page', () => {
      const { html, diagnostics } = render(hostile, { fragment })
      const tree = parsePage(html)

      test('leaves no script, event handler, frame, SVG, image or inline style as markup', () => {
        expect(html).not.toMatch(/<script/i)
        expect(html).not.toMatch(/\son\w+\s*=/i)
        expect(html).not.toMatch(/<(svg|img|iframe|math|object|embed)\b/i)
        expect(selectAll('style', tree)).toHaveLength(1)
        expect(selectAll('[style]', tree)).toEqual([])
      })

      test('keeps only http, https, mailto and in-page links', () => {
        const hrefs = selectAll('a[href]', tree).map((a) => String(a.properties.href))
        for (const href of hrefs) expect(href).toMatch(/^(https:|mailto:|#)/)
        expect(hrefs.join(' ')).not.toMatch(/script|data:/i)
        expect(hrefs).toContain('https://www.knivsta.se/')
        expect(hrefs).toContain('mailto:sn@knivsta.se')
      })

      test('keeps the words: link texts, alt text and text around removed tags', () => {
        const text = visibleText(select(fragment ? 'article' : 'main', tree)!)
        for (const words of ['Före efter.', 'x y z', 'Se klick här.', 'v t n', 'r', 'diagram']) expect(text).toContain(words)
        // An autolink's text is its address: it stays, as text.
        expect(text).toContain('n javascript:alert(3) r')
        expect(text).not.toMatch(/alert\((1|2)\)/)
      })

      test('reports each removal as a warning at its line and column', () => {
        expect(diagnostics.every((d) => d.severity === 'warning' && d.file === '<document>')).toBe(true)
        expect(byRule(diagnostics, 'raw-html')).toEqual(['3:1', '5:6', '9:1', '11:4', '11:40', '17:39', '17:73', '19:1'])
        expect(byRule(diagnostics, 'unsafe-url')).toEqual(['7:1', '7:26', '7:55', '13:1', '13:25', '13:56', '13:87', '13:109'])
        expect(byRule(diagnostics, 'image')).toEqual(['17:1'])
        expect(diagnostics).toHaveLength(17)
      })
    })
  }

  test('positions go through doc.origin when the document has one', () => {
    const doc = documentOf(hostile, undefined, (line, column) => ({ file: 'plans/x/kapitel/01.md', line: line + 100, column }))
    const { diagnostics } = renderHtml(doc, { css, page })
    expect(diagnostics[0]).toEqual({
      file: 'plans/x/kapitel/01.md',
      line: 103,
      column: 1,
      severity: 'warning',
      ruleId: 'raw-html',
      message: 'HTML i texten tas bort: "<script>alert(1)</script>". Skriv Markdown i stället.',
    })
  })

  test('hostile directive attributes do not reach the markup', () => {
    const markdown = [
      `:::table{id="a b'><i>x" caption="<script>alert(1)</script>" onclick="alert(1)"}`,
      '| A |',
      '| :-- |',
      '| x |',
      ':::',
      '',
      ':::note{onmouseover="alert(1)" class="evil" style="color:red"}',
      'Text',
      ':::',
    ].join('\n')
    const { html } = render(markdown)
    const main = html.slice(html.indexOf('<main'))
    expect(main).not.toMatch(/<script|<i>|\son\w+=|evil|color:red/)
    expect(main).toContain('<table id="a-bix"><caption id="a-bix-rubrik">&lt;script>alert(1)&lt;/script></caption>')
  })

  test('a safe link in capitals stays a link', () => {
    const { html, diagnostics } = render('[Knivsta](HTTPS://www.knivsta.se/) och [ref][k]\n\n[k]: Mailto:sn@knivsta.se\n')
    expect(html).toContain('<a href="https://www.knivsta.se/">Knivsta</a> och <a href="mailto:sn@knivsta.se">ref</a>')
    expect(diagnostics).toEqual([])
  })

  test('hostile meta values are escaped by the page layout', () => {
    const doc = documentOf('Text.\n')
    doc.meta = { ...doc.meta, title: '</title><script>alert(1)</script>', board: '"><script>', adopted: '<b>x</b>' }
    const { html } = renderHtml(doc, { css, page })
    expect(html).not.toMatch(/<script|<b>/)
  })
})
