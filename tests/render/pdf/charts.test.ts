import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartPlan } from '../../support/chart-plan.js'
import { normalise, pageOf, readPdf, type ReadPdf } from './read-pdf.js'
import { readTaggedPdf } from './read-structure.js'

/*
 * Knivsta's plan with ten charts as the PDF prints them: drawn as vector paths on the page of
 * their title, their axis labels as text, each a Figure with its figures in words as /Alt, and
 * none split from its title or across pages.
 */
let bytes: Uint8Array
let pdf: ReadPdf

beforeAll(async () => {
  const built = await buildChartPlan(['pdf'])
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  bytes = built.outputs.pdf as Uint8Array
  pdf = await readPdf(bytes)
}, 60_000)

/** Path-painting operators in each page's content, by page (pdfjs' operator list). */
async function pathsPerPage(): Promise<number[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const counts: number[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const list = await (await doc.getPage(n)).getOperatorList()
    counts.push(list.fnArray.filter((fn) => fn === pdfjs.OPS.constructPath).length)
  }
  return counts
}

/** Figures of the structure tree with their /Alt and page. */
async function figures(): Promise<{ page: number; alt: string | undefined }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const found: { page: number; alt: string | undefined }[] = []
  type Node = { role?: string; alt?: string; type?: string; children?: Node[] }
  const walk = (node: Node, page: number) => {
    if (node.role === 'Figure' && (node.children ?? []).some((child) => child.type === 'content')) found.push({ page, alt: node.alt })
    for (const child of node.children ?? []) walk(child, page)
  }
  for (let n = 1; n <= doc.numPages; n++) walk(((await (await doc.getPage(n)).getStructTree()) ?? {}) as Node, n)
  return found
}

describe('charts in the PDF', () => {
  it('draws each chart as vector paths on the page of its title, with no raster image', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-chart-pdf-')), 'plan.pdf')
    writeFileSync(file, bytes)
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)).toEqual([])
    const paths = await pathsPerPage()
    const page = pageOf(pdf, 'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%)', pageOf(pdf, 'Indikatorerna i diagram', 3))!
    // Nine bars, grid lines, axes: far more paths than a page of text and tables draws.
    expect(paths[page - 1]).toBeGreaterThan(20)
    // The chapters of narrative before the first chart draw no more than rules and table lines.
    const first = pageOf(pdf, 'Indikatorerna i diagram', 3)!
    expect(Math.max(...paths.slice(2, first - 2))).toBeLessThan(paths[page - 1]! / 2)
  })

  it('prints the axis labels and legend as text, in the document’s font, next to the title', () => {
    const page = pageOf(pdf, 'Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)', pageOf(pdf, 'Indikatorerna i diagram', 3))!
    const text = normalise(pdf.pages[page - 1]!.allText)
    expect(text).toMatch(/Utfall 2021 Utfall 2022 Utfall 2023/)
    expect(text).toMatch(/Totalt Kvinnor Män/)
    const budget = normalise(pdf.pages[pageOf(pdf, 'Nämndbudget 2024 per verksamhet (tkr)')! - 1]!.allText)
    expect(budget).toContain('164 950')
    expect(budget).toContain('−1 952')
  })

  it('tags each chart as a Figure whose /Alt is its title and its figures in words', async () => {
    const found = (await figures()).filter((figure) => figure.alt?.includes('Utfall') || figure.alt?.includes('tkr') || figure.alt?.includes('Plan 2024'))
    expect(found).toHaveLength(10)
    expect(found[0]!.alt).toBe(
      'Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%). Totalt: Utfall 2021 uppgift saknas, Utfall 2022 85\u00a0%, Utfall 2023 94\u00a0%. Kvinnor: Utfall 2021 uppgift saknas, Utfall 2022 85\u00a0%, Utfall 2023 92\u00a0%. Män: Utfall 2021 uppgift saknas, Utfall 2022 85\u00a0%, Utfall 2023 96\u00a0%. Mål: öka.',
    )
    const pages = await readTaggedPdf(bytes)
    expect(pages.map((p) => p.untaggedDrawing + p.orphanIds.length + p.unplacedContent)).toEqual(pages.map(() => 0))
  })

  it('keeps every chart on one page with its title and caption', () => {
    for (const [title, caption] of [
      ['Brukarbedömning särskilt boende äldreomsorg (helhetssyn), andel (%)', 'Källa: Kolada (U23471). Utfall 2021 saknas.'],
      ['Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%)', 'Källa: Kolada (N31814). Utfall 2023 saknas.'],
    ]) {
      const page = pageOf(pdf, title!, pageOf(pdf, 'Indikatorerna i diagram', 3))!
      expect(normalise(pdf.pages[page - 1]!.text)).toContain(caption)
    }
  })
})
