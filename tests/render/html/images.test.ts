import { select, selectAll } from 'hast-util-select'
import type { Element } from 'hast'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/document/index.js'
import type { ImageAsset } from '../../../src/model/index.js'
import { renderHtml } from '../../../src/render/html/index.js'
import { buildFolder, copyImagePlan } from '../../support/image-plan.js'
import { makeBarChartPng } from '../../support/make-png.js'
import { css, meta, page, parseFragment, parsePage } from './helpers.js'

const png = makeBarChartPng(300, 150)
const asset: ImageAsset = { format: 'png', bytes: png, width: 300, height: 150, hash: 'ab'.repeat(32) }

function renderWith(markdown: string, options: { figureNumbers?: boolean; fragment?: boolean } = {}) {
  const layout = { numberDepth: 0, tocDepth: 2, tocTitle: 'Innehåll', figureNumbers: options.figureNumbers }
  const doc = { ...parseDocument(markdown, meta, layout), images: new Map([['bilder/a.png', asset]]) }
  return renderHtml(doc, { css, page, figureCss: '.content img { max-width: 100%; }', fragment: options.fragment })
}

describe('images in the HTML', () => {
  let html: string
  beforeAll(async () => {
    const built = await buildFolder(await copyImagePlan(), ['html'])
    expect(built.diagnostics).toEqual([])
    html = built.outputs.html as string
  }, 60_000)

  it('embeds each image as a data: URI with width, height and alt text', () => {
    const images = selectAll('main img', parsePage(html)).map((img) => img.properties)
    expect(images.map((p) => [String(p.src).slice(0, 26), p.width, p.height, p.alt])).toEqual([
      ['data:image/svg+xml;base64,', 640, 212, expect.stringMatching(/^Processen i fyra steg/)],
      ['data:image/svg+xml;base64,', 480, 12, ''],
      ['data:image/png;base64,iVBO', 480, 240, expect.stringMatching(/^Stapeldiagram: andelen nöjda/)],
    ])
    const svg = Buffer.from(String(images[0]!.src).split(',')[1]!, 'base64').toString('utf8')
    expect(svg).toMatch(/^<svg width="640" height="212" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 30 640 212">/)
  })

  it('puts a captioned image in a <figure> with its <figcaption>, an uncaptioned one in a div', () => {
    const tree = parsePage(html)
    expect(selectAll('main figure > figcaption', tree).map((caption) => (caption.children[0] as { value: string }).value)).toEqual([
      'Process för mål, uppdrag och uppföljning',
      'Andel nöjda brukare i hemtjänsten 2021–2024',
    ])
    expect(select('main div.figure > img[alt=""]', tree)).toBeDefined()
  })

  it('allows images from data: only, and only on a page that has them', () => {
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`)
    const without = renderHtml({ ...parseDocument('# Rubrik\n\nText.\n', meta, { numberDepth: 0, tocDepth: 2, tocTitle: 'Innehåll' }) }, { css, page })
    expect(without.html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`)
    expect(without.html).not.toContain('<img')
  })

  it('shows the logo in the page header with the municipality as its alt text', () => {
    const logo = select('header.doc-header .municipality img.logo', parsePage(html)) as Element
    expect(logo.properties).toMatchObject({ alt: 'Exempelby kommun', width: 240, height: 56 })
    expect(String(logo.properties.src)).toMatch(/^data:image\/svg\+xml;base64,/)
  })
})

describe('figures', () => {
  it('lifts an image out of its sentence, keeping the text on both sides', () => {
    const { html } = renderWith('# R\n\nFöre ![En bild](bilder/a.png "Bildtext") efter.\n')
    const main = select('main', parsePage(html))!
    expect(selectAll('p, figure', main).map((node) => node.tagName)).toEqual(['p', 'figure', 'p'])
  })

  it('numbers captioned figures when the template says so, and only those', () => {
    const { html } = renderWith('# R\n\n![A](bilder/a.png "Första")\n\n![B](bilder/a.png)\n\n![C](bilder/a.png "Andra")\n', { figureNumbers: true })
    expect(selectAll('figcaption', parsePage(html)).map((c) => (c.children[0] as { value: string }).value)).toEqual(['Figur 1. Första', 'Figur 2. Andra'])
  })

  it('resolves ![alt][ref] images through their definition', () => {
    const { html } = renderWith('# R\n\n![Stapel][bild]\n\n[bild]: bilder/a.png "Med titel"\n')
    expect(select('figure img', parsePage(html))?.properties.alt).toBe('Stapel')
  })

  it('drops, and reports, an image the loader did not read; the alt text stays', () => {
    const { html, diagnostics } = renderWith('# R\n\nText ![Okänd bild](bilder/okand.png) här.\n')
    expect(html).not.toMatch(/<img/)
    expect(html).toContain('Okänd bild')
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['image', 3]])
  })

  it('keeps images in the CMS fragment, with its scoped class names', () => {
    const { html } = renderWith('# R\n\n![A](bilder/a.png "Text")\n', { fragment: true })
    const tree = parseFragment(html)
    expect(select('figure img', tree)?.properties.width).toBe(300)
    expect(html).toContain('.vplan-content img')
  })

  it('still strips script, handlers and javascript: around images', () => {
    const { html } = renderWith('# R\n\n![A" onerror="alert(1)](bilder/a.png "x\\" onload=\\"alert(2)")\n\n<img src="javascript:alert(3)">\n\n[![A](bilder/a.png)](javascript:alert(4))\n')
    const elements = selectAll('*', parsePage(html))
    expect(elements.flatMap((element) => Object.keys(element.properties)).filter((name) => /^on/i.test(name))).toEqual([])
    expect(elements.flatMap((element) => [element.properties.href, element.properties.src]).filter((url) => /javascript:/i.test(String(url)))).toEqual([])
    expect(selectAll('img', parsePage(html)).map((img) => String(img.properties.src).slice(0, 22))).toEqual(['data:image/png;base64,', 'data:image/png;base64,'])
    // What looked like attributes is text: in the alt text and the caption, escaped.
    expect(select('figcaption', parsePage(html))?.children).toEqual([{ type: 'text', value: 'x" onload="alert(2)', position: expect.anything() }])
  })
})
