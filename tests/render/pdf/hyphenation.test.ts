import { beforeAll, describe, expect, test } from 'vitest'
import { hyphenate } from '../../../src/render/hyphenate/index.js'
import { lineCount } from '../../../src/render/pdf/estimate.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { sampleDocument } from './fixtures.js'
import { drawnCharacters, readPdf, type ReadPdf } from './read-pdf.js'

const SHY = '\u00ad'

const FIGURES = Array.from({ length: 6 }, (_, i) => `${i + 1}0 000 000`)
const WORDS = ['Verksamhetsförutsättningar', 'Förändringsarbetet', 'Kvalitetsledningssystemet']

/** A table of eight columns, its two text columns narrower than their longest words. */
const NARROW = [
  '# Kapitel',
  '',
  `| Område | Beskrivning | ${FIGURES.map((_, i) => 2021 + i).join(' | ')} |`,
  `| --- | --- | ${FIGURES.map(() => '---:').join(' | ')} |`,
  `| ${WORDS[0]} | ${WORDS[1]} fortsätter i o m omställningen | ${FIGURES.join(' | ')} |`,
  `| ${WORDS[2]} | Kolada U21468, info@knivsta.se | ${FIGURES.join(' | ')} |`,
  '',
  'Verksamhetsförutsättningar och myndighetsutövning beskrivs under rubriken Socialnämndens förutsättningar i den här planen, och i o m det nya året följs de upp.',
  '',
].join('\n')

describe('soft hyphens in the PDF', { timeout: 60_000 }, () => {
  let bytes: Uint8Array
  let pdf: ReadPdf
  let lines: string[]
  beforeAll(async () => {
    const result = await renderPdf(sampleDocument(NARROW))
    expect(result.diagnostics).toEqual([])
    bytes = result.bytes
    pdf = await readPdf(bytes)
    lines = pdf.pages.flatMap((page) => page.lines.map((line) => line.text))
  })

  test('a long compound in a narrow cell breaks at a Swedish break point, with a hyphen', () => {
    // Cells on one baseline read as one line: a word broken in a cell ends in U+00AD inside it.
    const heads = lines.flatMap((line) => [...line.matchAll(/(\p{L}+)\u00ad/gu)].map((match) => match[1]!))
    for (const word of WORDS) expect(heads.some((head) => piecesOf(word).includes(head) && word.startsWith(head)), word).toBe(true)
    // Every broken piece runs from the start of a word or a break point of it to a break point.
    const pieces = new Set(NARROW.split(/[^\p{L}]+/u).flatMap(piecesOf))
    expect(heads.filter((head) => !pieces.has(head))).toEqual([])
    // The hyphen is drawn: the PDF's font maps a glyph to U+00AD, as PDF marks an incidental hyphen.
    expect(drawnCharacters(bytes).has(SHY)).toBe(true)
  })

  test('the text reads the words whole, without hyphens or spaces where lines broke or did not', () => {
    const text = pdf.pages.map((page) => page.text).join(' ')
    for (const word of [...WORDS, 'Socialnämndens', 'myndighetsutövning', 'omställningen']) expect(text).toContain(word)
    expect(text).not.toContain(SHY)
    // A word whose break points fall mid-line is drawn in one piece, with nothing between its syllables.
    expect(lines.some((line) => line.startsWith('Verksamhetsförutsättningar och myndighetsutövning beskrivs'))).toBe(true)
  })

  test('numbers, ids and addresses never break, and "i o m" stays on one line', () => {
    for (const whole of ['U21468', 'info@knivsta.se', ...FIGURES]) expect(lines.some((line) => line.includes(whole)), whole).toBe(true)
    expect(lines.filter((line) => /\bi o m\b/.test(line))).toHaveLength(2)
  })

  test('height estimates measure a soft hyphen as the layout does: as nothing', () => {
    const { measure } = loadFonts()
    const text = 'Socialnämndens verksamheter ska möta omvärldsförändringar med ständig utveckling och tillvaratagande av invånarnas resurser.'
    expect(measure(hyphenate('Verksamhetsförutsättningar'), 10)).toBe(measure('Verksamhetsförutsättningar', 10))
    for (const width of [60, 120, 300]) expect(lineCount(hyphenate(text), 10, width, measure)).toBe(lineCount(text, 10, width, measure))
  })
})

/** The pieces a line break may cut out of `word`: from its start or a break point to a later break point. */
function piecesOf(word: string): string[] {
  const syllables = hyphenate(word).split(SHY)
  const pieces: string[] = []
  for (let from = 0; from < syllables.length; from++) {
    for (let to = from + 1; to < syllables.length; to++) pieces.push(syllables.slice(from, to).join(''))
  }
  return pieces
}
