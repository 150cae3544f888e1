import { readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readImage } from '../../src/load/images/index.js'
import { BAR_CHART, copyImagePlan } from '../support/image-plan.js'
import { chunk, makeBarChartPng } from '../support/make-png.js'
import { diagnosticsOf } from './helpers.js'

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

/** The image plan with the process diagram's line replaced, and the diagnostics its load gives. */
async function withChapterImage(markdown: string, files: Record<string, string | Buffer> = {}) {
  const dir = await copyImagePlan()
  const chapter = path.join(dir, CHAPTER)
  const text = await readFile(chapter, 'utf8')
  await writeFile(chapter, text.replace(/^!\[Processen.*$/m, markdown))
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content)
  const line = text.split('\n').findIndex((l) => l.startsWith('![Processen')) + 1
  const found = (await diagnosticsOf(dir)).map((d) => ({ ...d, file: path.relative(dir, d.file) }))
  return { dir, line, found }
}

const rules = (found: { ruleId: string }[]) => found.map((d) => d.ruleId)

describe('reading image files', () => {
  it('reads format and size from the bytes, whatever the name', () => {
    expect(readImage(makeBarChartPng(120, 30))).toEqual({ ok: true, format: 'png', width: 120, height: 30 })
    const svg = readImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="10" height="10"/></svg>'))
    expect(svg).toMatchObject({ ok: true, format: 'svg', width: 200, height: 100 })
    expect(readImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="50mm" height="1in"/>'))).toMatchObject({ width: 188.98, height: 96 })
  })

  it('reads a JPEG frame header and turns the size for an EXIF quarter turn', () => {
    const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body])
    const frame = segment(0xc0, Buffer.from([8, 0, 50, 0, 200, 1, 1, 0x11, 0])) // 200 wide, 50 high
    const exif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0MM\0\x2a\0\0\0\x08\0\x01', 'latin1'), Buffer.from([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0])]))
    const scan = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])), Buffer.from([0x12, 0x34, 0xff, 0xd9])])
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), frame, scan])
    expect(readImage(jpeg)).toEqual({ ok: true, format: 'jpeg', width: 200, height: 50 })
    expect(readImage(Buffer.concat([Buffer.from([0xff, 0xd8]), exif, frame, scan]))).toEqual({ ok: true, format: 'jpeg', width: 50, height: 200 })
    expect(readImage(jpeg.subarray(0, jpeg.length - 2))).toMatchObject({ ok: false, problem: { ruleId: 'image-corrupt' } })
  })

  it('refuses a truncated PNG, a wrong checksum and a pixel bomb before unpacking it', () => {
    const png = makeBarChartPng(64, 32)
    expect(readImage(png.subarray(0, png.length - 20))).toMatchObject({ ok: false, problem: { ruleId: 'image-corrupt' } })
    const flipped = Buffer.from(png)
    flipped[40] = flipped[40]! ^ 0xff
    expect(readImage(flipped)).toMatchObject({ ok: false, problem: { ruleId: 'image-corrupt', message: expect.stringContaining('checksum') } })
    const header = Buffer.from([0, 0, 0x9c, 0x40, 0, 0, 0x9c, 0x40, 8, 2, 0, 0, 0]) // 40000 × 40000
    const bomb = Buffer.concat([png.subarray(0, 8), chunk('IHDR', header), png.subarray(33)])
    expect(readImage(bomb)).toMatchObject({ ok: false, problem: { ruleId: 'image-too-large' } })
  })

  it('sanitises an SVG: scripts, handlers, external references and foreignObject go, each with a warning at its line', () => {
    const read = readImage(
      Buffer.from(
        [
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" onload="alert(1)">',
          '<script>alert(1)</script>',
          '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
          '<image href="https://example.com/x.png" width="10" height="10"/>',
          '<use xlink:href="https://example.com/s.svg#a"/>',
          '<rect width="10" height="10" fill="url(https://example.com/p)" onclick="alert(2)"/>',
          '<a href="javascript:alert(3)"><circle r="4"/></a>',
          '</svg>',
        ].join('\n'),
      ),
    )
    if (!read.ok || read.format !== 'svg') throw new Error('not read')
    expect(read.warnings.map((w) => [w.ruleId, w.position?.line])).toEqual([
      ['svg-event-handler', 1],
      ['svg-script', 2],
      ['svg-foreign-object', 3],
      ['svg-external-reference', 4],
      ['svg-external-reference', 5],
      ['svg-external-reference', 6],
      ['svg-event-handler', 6],
      ['svg-external-reference', 7],
    ])
    expect(read.svg).not.toMatch(/script|onload|onclick|foreignObject|example\.com|javascript|<a /)
    expect(read.svg).toContain('<circle r="4"/>')
  })

  it('refuses SVG bombs: huge dimensions, exploding <use>, entities, a <use> cycle', () => {
    const svg = (body: string, size = 'width="100" height="100"') => readImage(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${size}>${body}</svg>`))
    expect(svg('', 'width="100000" height="10"')).toMatchObject({ ok: false, problem: { ruleId: 'svg-bomb' } })
    const levels = Array.from({ length: 6 }, (_, i) => `<g id="l${i + 1}">${`<use href="#l${i}"/>`.repeat(10)}</g>`).join('')
    expect(svg(`<defs><rect id="l0" width="1" height="1"/>${levels}</defs><use href="#l6"/>`)).toMatchObject({ ok: false, problem: { ruleId: 'svg-bomb' } })
    expect(svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>')).toMatchObject({ ok: false, problem: { ruleId: 'svg-bomb' } })
    const laughs = readImage(Buffer.from('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>'))
    expect(laughs).toMatchObject({ ok: false, problem: { ruleId: 'svg-bomb' } })
  })

  it('refuses what is not an image, by content', () => {
    expect(readImage(Buffer.from('<html><body>not an image</body></html>'))).toMatchObject({ ok: false, problem: { ruleId: 'image-format' } })
    expect(readImage(Buffer.from('GIF89a......'))).toMatchObject({ ok: false, problem: { ruleId: 'image-format' } })
    expect(readImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toMatchObject({ ok: false, problem: { ruleId: 'image-size' } })
    expect(readImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect></svg>'))).toMatchObject({ ok: false, problem: { ruleId: 'image-corrupt' } })
  })
})

describe('images in a plan', () => {
  it('loads the image plan: every image read and measured, no diagnostics', async () => {
    const dir = await copyImagePlan()
    const { loadPlan } = await import('../../src/load/index.js')
    const loaded = await loadPlan(dir)
    expect(loaded.warnings).toEqual([])
    expect([...loaded.images].map(([url, image]) => [url, image.format, image.width, image.height])).toEqual([
      ['bilder/stapeldiagram.png', 'png', BAR_CHART.width, BAR_CHART.height],
      ['bilder/process.svg', 'svg', 640, 212],
      ['bilder/avdelare.svg', 'svg', 480, 12],
    ])
    expect(loaded.logo).toMatchObject({ format: 'svg', width: 240, height: 56 })
  })

  it('warns at the image when alt text is missing (WCAG 1.1.1), and not for a decorative image', async () => {
    const { line, found } = await withChapterImage('Text före. ![](bilder/process.svg)')
    expect(found).toEqual([expect.objectContaining({ file: CHAPTER, line, column: 12, severity: 'warning', ruleId: 'image-alt' })])
  })

  it('warns at the position inside plan.yaml for an image in a markdown part', async () => {
    const dir = await copyImagePlan()
    const yaml = path.join(dir, 'plan.yaml')
    const text = await readFile(yaml, 'utf8')
    await writeFile(yaml, text.replace('![Stapeldiagram: andelen nöjda brukare i hemtjänsten 2021–2024, stigande från 45 till 85 procent]', '![]'))
    const line = text.split('\n').findIndex((l) => l.includes('![Stapeldiagram')) + 1
    expect((await diagnosticsOf(dir)).map((d) => [path.basename(d.file), d.line, d.column, d.ruleId])).toEqual([['plan.yaml', line, 7, 'image-alt']])
  })

  it.each([
    ['an address', '![Logga](https://example.com/logo.png)', 'image-remote', 'download it into the plan folder'],
    ['a data: URL', '![Logga](data:image/png;base64,iVBORw0KGgo=)', 'image-remote', 'download it'],
    ['an absolute path', '![Lösenord](/etc/passwd)', 'path-escape', 'outside the plan folder'],
    ['a way out with ..', '![Bild](../../bild.png)', 'path-escape', 'outside the plan folder'],
    ['a missing file', '![Bild](bilder/finns-inte.png)', 'missing-file', 'image not found'],
    ['a corrupt PNG', '![Bild](bilder/trasig.png)', 'image-corrupt', 'damaged or incomplete'],
    ['a text file called .png', '![Bild](bilder/text.png)', 'image-format', 'not a PNG, JPEG or SVG'],
    ['a too large file', '![Bild](bilder/stor.png)', 'image-too-large', 'at most 2.0 MB'],
  ])('refuses %s with a positioned error', async (_what, markdown, ruleId, includes) => {
    const png = makeBarChartPng(40, 20)
    const { line, found } = await withChapterImage(markdown, {
      'bilder/trasig.png': png.subarray(0, png.length - 30),
      'bilder/text.png': 'Detta är ingen bild.\n',
      'bilder/stor.png': Buffer.alloc(2 * 1024 * 1024 + 1),
    })
    expect(found).toEqual([expect.objectContaining({ file: CHAPTER, line, column: 1, severity: 'error', ruleId, message: expect.stringContaining(includes) })])
  })

  it('refuses an image that is a symlink out of the plan folder, unread', async () => {
    const dir = await copyImagePlan()
    await rm(path.join(dir, 'bilder/process.svg'))
    await symlink('/etc/hostname', path.join(dir, 'bilder/process.svg'))
    const found = await diagnosticsOf(dir)
    expect(found.map((d) => [path.basename(d.file), d.ruleId, d.severity])).toEqual([['01-styr-och-ledningsmodell.md', 'path-escape', 'error']])
  })

  it('positions what the SVG sanitiser removed in the SVG file itself', async () => {
    const { found } = await withChapterImage('![Diagram](bilder/farlig.svg)', {
      'bilder/farlig.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<rect width="5" height="5"/>\n<script>alert(1)</script>\n</svg>\n',
    })
    expect(found.map((d) => [d.file, d.line, d.ruleId, d.severity])).toEqual([['bilder/farlig.svg', 3, 'svg-script', 'warning']])
  })

  it('checks meta.logo like an image, positioned at the key', async () => {
    const dir = await copyImagePlan()
    const yaml = path.join(dir, 'plan.yaml')
    const text = await readFile(yaml, 'utf8')
    await writeFile(yaml, text.replace('logo: bilder/logotyp.svg', 'logo: http://example.com/logo.svg'))
    const line = text.split('\n').findIndex((l) => l.includes('logo: bilder')) + 1
    expect((await diagnosticsOf(dir)).map((d) => [path.basename(d.file), d.line, d.column, d.ruleId])).toEqual([['plan.yaml', line, 9, 'image-remote']])
  })
})
