import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildFolder, copyImagePlan } from '../../support/image-plan.js'
import { makeBarChartPng } from '../../support/make-png.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { sampleDocument } from './fixtures.js'
import { linkUrls, pageOf, readPdf } from './read-pdf.js'
import { readTaggedPdf } from './read-structure.js'

/** A4 less the default style's side margins (96 pt each): the text width. */
const TEXT_WIDTH = 595.28 - 2 * 96

/** `pdfimages -list`: every raster image drawn, with its page, pixel size and resolution as placed. */
function rasterImages(bytes: Uint8Array): { page: number; width: number; height: number; ppi: number }[] {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-pdfimages-')), 'plan.pdf')
  writeFileSync(file, bytes)
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/)
    return { page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]), ppi: Number(cells[12]) }
  })
}

/** Figures of the structure tree, page by page, with their /Alt as pdfjs reads it. */
async function figuresOf(bytes: Uint8Array): Promise<{ page: number; alt: string | undefined; content: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const found: { page: number; alt: string | undefined; content: number }[] = []
  type Node = { role?: string; alt?: string; type?: string; children?: Node[] }
  const walk = (node: Node, page: number) => {
    const content = (node.children ?? []).filter((child) => child.type === 'content').length
    if (node.role === 'Figure' && content > 0) found.push({ page, alt: node.alt, content })
    for (const child of node.children ?? []) walk(child, page)
  }
  for (let n = 1; n <= doc.numPages; n++) walk(((await (await doc.getPage(n)).getStructTree()) ?? {}) as Node, n)
  return found
}

describe('images in the PDF', () => {
  let bytes: Uint8Array
  let dir: string
  beforeAll(async () => {
    dir = await copyImagePlan()
    const built = await buildFolder(dir, ['pdf'])
    expect(built.diagnostics).toEqual([])
    bytes = built.outputs.pdf as Uint8Array
  }, 60_000)

  it('draws the PNG once, at its natural size (96 px to the inch, as on the page), on the page of its section', async () => {
    const pdf = await readPdf(bytes)
    const page = pageOf(pdf, 'Nyckeltal i bild')
    expect(page).toBeGreaterThan(2)
    expect(rasterImages(bytes)).toEqual([{ page: page!, width: 480, height: 240, ppi: 96 }])
    expect(pdf.pages[page! - 1]!.text).toContain('Andel nöjda brukare i hemtjänsten 2021–2024')
  })

  it('keeps SVG as vector: no raster image for the diagram, its text drawn as text', async () => {
    const pdf = await readPdf(bytes)
    const page = pageOf(pdf, 'Styr- och ledningsmodell')!
    expect(rasterImages(bytes).filter((image) => image.page === page)).toEqual([])
    expect(pdf.pages[page - 1]!.text).toContain('Delårsrapport och årsredovisning ger underlag till nästa års mål')
  })

  it('tags each figure as a Figure with its alt text, the logo with the municipality, the decorative image as an Artifact', async () => {
    const pdf = await readPdf(bytes)
    const figures = await figuresOf(bytes)
    expect(figures).toEqual([
      { page: 1, alt: 'Exempelby kommun', content: 1 },
      { page: pageOf(pdf, 'Styr- och ledningsmodell')!, alt: expect.stringMatching(/^Processen i fyra steg: kommunfullmäktige/), content: 1 },
      { page: pageOf(pdf, 'Nyckeltal i bild')!, alt: expect.stringMatching(/^Stapeldiagram: andelen nöjda brukare/), content: 1 },
    ])
    const pages = await readTaggedPdf(bytes)
    expect(pages.map((p) => p.untaggedDrawing + p.orphanIds.length + p.unplacedContent)).toEqual(pages.map(() => 0))
  })

  it('caps a wide image at the text width, keeping its aspect', async () => {
    writeFileSync(path.join(dir, 'bilder', 'stapeldiagram.png'), makeBarChartPng(1600, 400))
    const built = await buildFolder(dir, ['pdf'])
    const [image] = rasterImages(built.outputs.pdf as Uint8Array)
    // pdfimages gives the resolution as placed: 1600 px over the text width.
    expect(image).toMatchObject({ width: 1600, height: 400, ppi: Math.round(1600 / (TEXT_WIDTH / 72)) })
    writeFileSync(path.join(dir, 'bilder', 'stapeldiagram.png'), makeBarChartPng(480, 240))
  }, 60_000)

  it('is byte-identical when built again, and so is the page', async () => {
    const again = await buildFolder(dir, ['pdf', 'html'])
    const first = await buildFolder(dir, ['pdf', 'html'])
    expect(Buffer.from(again.outputs.pdf as Uint8Array).equals(Buffer.from(bytes))).toBe(true)
    expect(again.outputs.html).toBe(first.outputs.html)
  }, 60_000)
})

describe('an image the PDF cannot draw where it stands', () => {
  const markdown = [
    '# Kontakt',
    '',
    'Läs mer på [![Knivsta kommuns logotyp](bilder/logotyp.png)](https://www.knivsta.se) om nämndens arbete.',
    '',
    'Status: *![grön symbol: målet nås](bilder/gron.png)* enligt senaste uppföljningen.',
    '',
    'Avdelare [![](bilder/avdelare.png "dekorativ")](https://www.knivsta.se) här.',
    '',
  ].join('\n')

  it('prints its alt text in its place, as an image\'s, keeps the link, and says so at its line', async () => {
    const { bytes, diagnostics } = await renderPdf(sampleDocument(markdown))
    const pdf = await readPdf(bytes)
    const text = pdf.pages.map((page) => page.text).join(' ')
    expect(text).toContain('Läs mer på [Bild: Knivsta kommuns logotyp] om nämndens arbete.')
    expect(text).toContain('Status: [Bild: grön symbol: målet nås] enligt senaste uppföljningen.')
    expect(text).toContain('Avdelare här.')
    expect(await linkUrls(bytes)).toContain('https://www.knivsta.se/')
    const images = diagnostics.filter((d) => d.ruleId === 'image')
    expect(images.map((d) => [d.line, d.severity])).toEqual([
      [3, 'warning'],
      [5, 'warning'],
      [7, 'warning'],
    ])
    expect(images[0]!.message).toContain('"[Bild: Knivsta kommuns logotyp]"')
    expect(images[2]!.message).toContain('no alt text, so nothing is printed')
  }, 60_000)
})
