import { describe, expect, test } from 'vitest'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { sanitizeContent } from '../../../src/render/html/sanitize-content.js'
import { render } from './helpers.js'

describe('the sanitizer behind the handlers', () => {
  test('removes what a handler bug could let through, keeps what vplan emits', () => {
    const tree = {
      type: 'root' as const,
      children: [
        h('script', 'alert(1)'),
        h('style', 'body{display:none}'),
        h('svg', { onLoad: 'alert(1)' }, [h('text', 'svg')]),
        h('iframe', { src: 'https://example.com' }),
        h('img', { src: 'https://example.com/x.png', alt: 'x' }),
        h('img', { src: 'data:text/html;base64,PHNjcmlwdD4=', alt: 'x' }),
        h('img', { alt: 'utan källa' }),
        h('img', { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'bild', width: 2, height: 1, onError: 'alert(1)', className: ['evil'] }),
        h('p', { onClick: 'alert(1)', style: 'color:red', className: ['evil'] }, 'text'),
        h('a', { href: 'javascript:alert(1)' }, 'a'),
        // Case-sensitive: the link handler lower-cases the scheme before this (see hostile.test.ts).
        h('a', { href: 'HTTPS://example.com' }, 'b'),
        h('div.table-scroll.evil', { role: 'button', tabIndex: 0, ariaLabelledBy: ['t-rubrik'] }, [
          h('table', { id: 't' }, [h('caption', { id: 't-rubrik' }, 'Rubrik'), h('tbody', [h('tr.row-total', [h('th', { scope: 'row' }, 'Summa'), h('td.numeric', '1')])])]),
        ]),
        h('h3.depth-4.evil', { id: 'rubrik' }, [h('span.num', '4.1'), ' Rubrik']),
      ],
    }
    expect(toHtml(sanitizeContent(tree))).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="bild" width="2" height="1"><p>text</p><a>a</a><a>b</a>' +
        '<div class="table-scroll" tabindex="0" aria-labelledby="t-rubrik"><table id="t"><caption id="t-rubrik">Rubrik</caption><tbody><tr class="row-total"><th scope="row">Summa</th><td class="numeric">1</td></tr></tbody></table></div>' +
        '<h3 class="depth-4" id="rubrik"><span class="num">4.1</span> Rubrik</h3>',
    )
  })
})

describe('footnotes', () => {
  test('render with Swedish labels and resolvable links', () => {
    const { html, diagnostics } = render('Text[^1].\n\n[^1]: Källa: SCB.\n')
    expect(diagnostics).toEqual([])
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Fot\u00adno\u00adter</h2>')
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label"')
    expect(html).toContain('<li id="user-content-fn-1">')
    expect(html).toContain('aria-label="Tillbaka till hänvisning 1"')
  })
})
