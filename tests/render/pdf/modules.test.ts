import { describe, expect, test } from 'vitest'
import type { Block } from '../../../src/render/pdf/block.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { keepFiguresTogether } from '../../../src/render/pdf/keep-figures-together.js'
import { arrangeBlocks } from '../../../src/render/pdf/keep-with-next.js'
import { mergeStyle } from '../../../src/render/pdf/style/merge-style.js'
import { DEFAULT_PDF_STYLE } from '../../../src/render/pdf/style/defaults.js'
import { columnWidths } from '../../../src/render/pdf/table-columns.js'

describe('fonts', () => {
  test('are read once per process', () => {
    expect(loadFonts()).toBe(loadFonts())
  })

  test('cover what Swedish plans print, and not U+202F', () => {
    const { coverage } = loadFonts()
    for (const char of '\u2212\u00a0\u2013\u2014åäöÅÄÖé§”…•≤≥') expect(coverage.has(char.codePointAt(0)!), char).toBe(true)
    expect(coverage.has(0x202f)).toBe(false)
  })

  test('measure like the font: digits are tabular, bold is wider', () => {
    const { measure } = loadFonts()
    expect(measure('1 427', 10)).toBeCloseTo(measure('9 999', 10))
    expect(measure('2024', 10, true)).toBeGreaterThan(measure('2024', 10))
    expect(measure('0', 10)).toBeCloseTo(5.62, 1)
  })
})

describe('table column widths', () => {
  const { measure } = loadFonts()
  const cell = (text: string, bold = false) => ({ text, bold })
  test('figures get their natural width, headers wrap if the label needs it, the label column takes the rest', () => {
    const rows = [
      [cell('Indikator', true), cell('Utfall 2022', true), cell('Utfall 2023', true), cell('Önskad riktning', true)],
      [cell('Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%) (U21468)'), cell('85 (K: 85, M: 85)'), cell('94 (K: 92, M: 96)'), cell('Öka')],
    ]
    const widths = columnWidths(rows, ['left', 'right', 'right', 'left'], 8.5, 453, measure)
    const inner = 453 - 4 * 8
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(inner)
    expect(widths[1]).toBeGreaterThanOrEqual(measure('85 (K: 85, M: 85)', 8.5))
    // The long label wants more room than one-line headers would leave it, so this header wraps.
    expect(widths[3]).toBeGreaterThanOrEqual(measure('riktning', 8.5, true))
    expect(widths[3]).toBeLessThan(measure('Önskad riktning', 8.5, true))
    expect(widths[0]).toBeGreaterThan(inner * 0.32)
  })

  test('long text columns share the rest with the label column, in proportion to their text', () => {
    const rows = [
      [cell('Område', true), cell('Nyckeltal', true), cell('Utfall 2022', true)],
      [cell('Institutionsvård, stödboende och familjehem'), cell('Institutionsvård och stödboende barn och unga, antal vårddygn'), cell('2 073')],
    ]
    const [area, name, figure] = columnWidths(rows, ['left', 'left', 'right'], 8.5, 453, measure)
    expect(figure).toBeCloseTo(Math.ceil(measure('Utfall 2022', 8.5, true) * 1.02 + 1))
    expect(name!).toBeGreaterThan(area!)
    expect(area! + name! + figure!).toBeCloseTo(453 - 3 * 8)
  })

  test('too many figure columns are scaled down together to leave the label column room', () => {
    const header = [cell('Område', true), ...Array.from({ length: 8 }, (_, i) => cell(`Utfall ${2016 + i}`, true))]
    const body = [cell('Hemtjänst, beviljade timmar'), ...Array.from({ length: 8 }, () => cell('123 456 789'))]
    const widths = columnWidths([header, body], ['left', ...Array<'right'>(8).fill('right')], 8.5, 453, measure)
    const fixed = widths.slice(1).reduce((sum, w) => sum + w, 0)
    expect(453 - 9 * 8 - fixed).toBeGreaterThanOrEqual((453 - 9 * 8) * 0.32 - 0.01)
  })
})

test('figures and women/men splits do not break inside', () => {
  expect(keepFiguresTogether('94 (K: 92, M: 96)')).toBe('94 (K:\u00a092,\u00a0M:\u00a096)')
  expect(keepFiguresTogether('−1 952')).toBe('−1\u00a0952')
  expect(keepFiguresTogether('Öka')).toBe('Öka')
})

describe('arrangeBlocks', () => {
  const block = (name: string, height: number, extra: Partial<Block> = {}): Block => ({ content: { text: name }, height, lead: Math.min(height, 30), ...extra })
  const heading = (name: string) => block(name, 20, { keepWithNext: true })

  test('a heading and a long paragraph: the heading group reserves the paragraph’s first lines', () => {
    const out = arrangeBlocks([heading('H'), block('P', 400)], 700)
    expect(out).toEqual([
      { stack: [{ stack: [{ text: 'H' }], margin: [0, 0, 0, 30] }], unbreakable: true },
      { stack: [{ text: 'P' }], margin: [0, -30, 0, 0] },
    ])
  })

  test('a caption and a small table go whole into one unbreakable group, with the table’s grouped variant', () => {
    const table = block('T', 120, { grouped: { text: 'T without repeated header' } })
    expect(arrangeBlocks([heading('Caption'), table], 700)).toEqual([
      { stack: [{ text: 'Caption' }, { text: 'T without repeated header' }], unbreakable: true },
    ])
  })

  test('::pagebreak moves to the next block; before a chapter it adds nothing', () => {
    const chapter = block('Kapitel', 20, { keepWithNext: true, breakBefore: true })
    const out = arrangeBlocks([block('A', 10), { pageBreak: true }, block('B', 10), { pageBreak: true }, chapter, block('C', 10)], 700)
    expect(out).toEqual([
      { text: 'A' },
      { stack: [{ text: 'B' }], pageBreak: 'before' },
      { stack: [{ stack: [{ stack: [{ text: 'Kapitel' }], margin: [0, 0, 0, 10] }], unbreakable: true }], pageBreak: 'before' },
      { stack: [{ text: 'C' }], margin: [0, -10, 0, 0] },
    ])
  })
})

test('style sheets merge over the defaults key by key', () => {
  const { style, diagnostics } = mergeStyle({ colours: { accent: '#00695c' }, table: { zebra: true } })
  expect(diagnostics).toEqual([])
  expect(style.colours).toEqual({ ...DEFAULT_PDF_STYLE.colours, accent: '#00695c' })
  expect(style.table).toEqual({ ...DEFAULT_PDF_STYLE.table, zebra: true })
  expect(DEFAULT_PDF_STYLE.table.zebra).toBe(false)
})
