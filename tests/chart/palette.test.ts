import { describe, expect, it } from 'vitest'
import { AXIS_COLOUR, SINGLE_SERIES, SPLIT_SERIES, TARGET_COLOUR } from '../../src/chart/palette.js'

/** WCAG 2.1's contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('chart colours (WCAG 1.4.11, 1.4.1)', () => {
  it('keep 3:1 against the white background, and text colours 4.5:1', () => {
    for (const colour of [SINGLE_SERIES.colour, ...Object.values(SPLIT_SERIES).map((style) => style.colour)]) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3)
    }
    expect(contrast(AXIS_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(TARGET_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('keep women and men 3:1 apart, and tell every series apart by marker and dash as well', () => {
    expect(contrast(SPLIT_SERIES.Kvinnor.colour, SPLIT_SERIES.Män.colour)).toBeGreaterThanOrEqual(3)
    const styles = Object.values(SPLIT_SERIES)
    expect(new Set(styles.map((style) => style.shape)).size).toBe(styles.length)
    // The total, which no colour can keep 3:1 from both others, has a dash of its own.
    expect(SPLIT_SERIES.Totalt.dash).not.toEqual(SPLIT_SERIES.Kvinnor.dash)
  })
})
