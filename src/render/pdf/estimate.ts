import type { Measure } from './fonts.js'

/**
 * Height estimates, in points, for deciding what goes into an unbreakable group (see
 * keep-with-next.ts). Lines are counted by filling words greedily with the font's real advance
 * widths, as pdfmake does, then rounded up: an estimate that is too low could leave a heading
 * alone at a page bottom or (worse) put more than a page into an unbreakable block, which pdfmake
 * silently drops; one that is too high only moves a heading to the next page a little early.
 */

/** Roboto's ascender − descender over units per em: (1900 + 500) / 2048. */
const ROBOTO_LINE = 2400 / 2048
/** Words are measured 4 % wide to absorb differences in break opportunities (dashes, slashes). */
const SLACK = 1.04

export function lineHeight(fontSize: number, lineHeightFactor: number): number {
  return fontSize * ROBOTO_LINE * lineHeightFactor
}

/** Lines `text` needs at `width` (each "\n" starts a new line). */
export function lineCount(text: string, fontSize: number, width: number, measure: Measure, bold = false): number {
  const space = measure(' ', fontSize, bold)
  return text.split('\n').reduce((sum, part) => {
    let lines = 1
    let used = 0
    for (const word of part.split(/ +/)) {
      if (word === '') continue
      let w = measure(word, fontSize, bold) * SLACK
      if (used > 0 && used + space + w > width) {
        lines++
        used = 0
      }
      while (w > width) {
        lines++
        w -= width
      }
      used += (used > 0 ? space : 0) + w
    }
    return sum + lines
  }, 0)
}

export function textHeight(text: string, fontSize: number, lineHeightFactor: number, width: number, measure: Measure, bold = false): number {
  return lineCount(text, fontSize, width, measure, bold) * lineHeight(fontSize, lineHeightFactor)
}
