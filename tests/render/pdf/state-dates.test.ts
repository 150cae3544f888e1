import { describe, expect, test } from 'vitest'
import { parseDocument } from '../../../src/document/index.js'
import type { Meta } from '../../../src/model/index.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { knivstaLayout, knivstaMeta, sample } from './fixtures.js'
import { readPdf } from './read-pdf.js'

/** The XMP packet as written (vplan's PDFs keep it uncompressed, as PDF/UA readers expect to find it). */
function xmpOf(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8')
  return text.slice(text.indexOf('<x:xmpmeta'), text.indexOf('</x:xmpmeta>'))
}

async function render(meta: Partial<Meta>) {
  const { bytes } = await renderPdf(parseDocument(sample, { ...knivstaMeta, ...meta }, knivstaLayout))
  return { bytes, info: (await readPdf(bytes)).info, xmp: xmpOf(bytes), latin: Buffer.from(bytes).toString('latin1') }
}

describe('the PDF states the plan\'s date, no more exactly than the plan', { timeout: 60_000 }, () => {
  test('a day: that day, with no invented time', async () => {
    const pdf = await render({ date: '2023-12-01' })
    expect([pdf.info.CreationDate, pdf.info.ModDate]).toEqual(['D:20231201', 'D:20231201'])
    expect(pdf.xmp).toContain('<xmp:CreateDate>2023-12-01</xmp:CreateDate>')
  })

  test('a month: the month only, in the info dictionary and the XMP packet alike', async () => {
    const pdf = await render({ date: '2023-12' })
    expect([pdf.info.CreationDate, pdf.info.ModDate]).toEqual(['D:202312', 'D:202312'])
    expect(pdf.xmp).toContain('<xmp:CreateDate>2023-12</xmp:CreateDate>')
    expect(pdf.latin).not.toMatch(/D:202312\d/)
  })

  test('no date: none at all, and still the same bytes on every build', async () => {
    const pdf = await render({ date: undefined })
    expect(pdf.info.CreationDate).toBeUndefined()
    expect(pdf.info.ModDate).toBeUndefined()
    expect(pdf.latin).not.toMatch(/\/(CreationDate|ModDate)\b/)
    expect(pdf.xmp).not.toMatch(/CreateDate|ModifyDate/)
    const again = await render({ date: undefined })
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true)
    expect(pdf.latin).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/)
  })

  test('the XMP packet stays well-formed whatever the title holds', async () => {
    const pdf = await render({ title: 'Vård & omsorg <2024>', date: '2023-12' })
    expect(pdf.info.Title).toBe('Vård & omsorg <2024> – Socialnämnden, Knivsta kommun')
    expect(pdf.xmp).toContain('<rdf:li xml:lang="x-default">Vård &amp; omsorg &lt;2024&gt; – Socialnämnden, Knivsta kommun</rdf:li>')
  })
})
