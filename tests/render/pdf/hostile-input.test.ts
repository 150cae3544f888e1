import { describe, expect, test } from 'vitest'
import { parseDocument } from '../../../src/document/index.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { getPdfMake } from '../../../src/render/pdf/pdfmake-instance.js'
import { knivstaLayout, knivstaMeta } from './fixtures.js'
import { drawnCharacters, linkUrls, readPdf } from './read-pdf.js'

async function render(markdown: string, origin?: (line: number, column: number) => { file: string; line: number; column: number }) {
  const doc = { ...parseDocument(markdown, knivstaMeta, knivstaLayout), origin }
  const result = await renderPdf(doc)
  const pdf = await readPdf(result.bytes)
  return { ...result, text: pdf.pages.map((page) => page.text).join(' '), drawn: drawnCharacters(result.bytes) }
}

describe('content the PDF cannot or must not render', { timeout: 60_000 }, () => {
  test('raw HTML is dropped with a raw-html warning at its position', async () => {
    const { diagnostics, text } = await render('# Risker\n\nFöre.\n\n<script>alert(1)</script>\n\nEfter <b>fet</b> text.\n')
    expect(diagnostics.filter((d) => d.ruleId === 'raw-html')).toEqual([
      expect.objectContaining({ file: '<document>', line: 5, column: 1, severity: 'warning' }),
      expect.objectContaining({ line: 7, column: 7 }),
      expect.objectContaining({ line: 7, column: 13 }),
    ])
    expect(text).toContain('Före.')
    expect(text).toContain('Efter fet text.')
    expect(text).not.toContain('alert')
  })

  test('positions go through doc.origin when the composer provides it', async () => {
    const origin = (line: number, column: number) => ({ file: 'plans/knivsta/kapitel/06-risker.md', line: line + 10, column })
    const { diagnostics } = await render('# Risker\n\n<div>x</div>\n', origin)
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'plans/knivsta/kapitel/06-risker.md', line: 13, column: 1, ruleId: 'raw-html' }),
    ])
  })

  test('images are left out with a warning and nothing is fetched or read', async () => {
    const { diagnostics, text } = await render('# Bilder\n\nProcess: ![diagram](/etc/passwd) och ![logga](http://127.0.0.1:9/logo.png).\n')
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['image', 'image'])
    expect(text).toContain('Process: och .')
  })

  test('pdfmake itself refuses URLs and local files, whatever a definition asks for', async () => {
    const pdfmake = await getPdfMake()
    const remote = pdfmake.createPdf({ content: [{ image: 'http://127.0.0.1:9/logo.png' }] }).getBuffer()
    await expect(remote).rejects.toThrow(/denied by resource access policy/)
    const local = pdfmake.createPdf({ content: [{ image: '/etc/hostname' }] }).getBuffer()
    await expect(local).rejects.toThrow(/denied by resource access policy/)
  })

  test('only web and mail links become link annotations', async () => {
    const markdown = '# Länkar\n\n[Knivsta](https://www.knivsta.se/), [mejl](mailto:sn@knivsta.se), [skript](javascript:alert(1)) och [fil](file:///etc/passwd).\n'
    const { bytes, diagnostics, text } = await render(markdown)
    expect(text).toContain('Knivsta, mejl, skript och fil.')
    expect(diagnostics.map((d) => [d.ruleId, d.message.includes('javascript:') || d.message.includes('file:')])).toEqual([
      ['pdf-link', true],
      ['pdf-link', true],
    ])
    expect(await linkUrls(bytes)).toEqual(['https://www.knivsta.se/', 'mailto:sn@knivsta.se'])
  })

  test('unknown directives are reported and their content kept; unknown node kinds are reported and dropped', async () => {
    const { diagnostics, text } = await render('# Mål\n\n:::diagram{type=bar}\nStapeldiagram saknas.\n:::\n\n::video[Film om hemtjänsten]\n\nSlut.\n')
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['pdf-unsupported', 3],
      ['pdf-unsupported', 7],
    ])
    expect(text).toContain('Stapeldiagram saknas.')
    expect(text).toContain('Film om hemtjänsten')
  })

  test('characters the font lacks become "?" with one warning each; U+202F becomes a no-break space', async () => {
    const { diagnostics, text, drawn } = await render('# Tecken\n\nPil → hit, och → dit. Belopp 1\u202f427 tkr.\n')
    expect(diagnostics.map((d) => [d.ruleId, d.message.includes('U+2192')])).toEqual([['pdf-missing-glyph', true]])
    expect(text).toContain('Pil ? hit, och ? dit.')
    expect(text).toContain('1 427 tkr')
    expect(drawn.has('\u00a0')).toBe(true)
    expect(drawn.has('\u202f')).toBe(false)
    expect(drawn.has('→')).toBe(false)
  })

  test('a keep block taller than a page is not kept (pdfmake would drop it) but reported', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Rad ${i + 1}: nämndens uppföljning av verksamheten sker löpande under året.`).join('\n\n')
    const { diagnostics, text } = await render(`# Uppföljning\n\n:::keep\n${long}\n:::\n`)
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['pdf-keep-too-long'])
    expect(text).toContain('Rad 1:')
    expect(text).toContain('Rad 60:')
  })

  test('a bad style sheet is reported and the defaults used', async () => {
    const doc = parseDocument('# Kapitel\n\nText.\n', knivstaMeta, knivstaLayout)
    const { diagnostics } = await renderPdf(doc, { style: { colours: { accent: 'green', colour: '#000000' } as never, fontSizes: { body: -1 } } })
    expect(diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['pdf-style', 'PDF style "colours.accent" must be a colour written #rrggbb; the default is used'],
      ['pdf-style', 'PDF style "colours.colour" is not a PDF style setting; the default is used'],
      ['pdf-style', 'PDF style "fontSizes.body" must be a non-negative number; the default is used'],
    ])
  })
})
