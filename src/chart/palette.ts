/**
 * Chart colours on white. Each has at least 3:1 against the background (WCAG 1.4.11), and the
 * pair women/men (the comparison a split is for) at least 3:1 against each other. No three
 * colours can each keep 3:1 against white and against both others, so the total is told apart
 * from them by its dash and marker as well, and every series carries its marker in the legend
 * (docs/decisions.md): colour is never the only carrier (1.4.1). tests/chart/palette.test.ts
 * computes the ratios.
 */
export const SINGLE_SERIES = { colour: '#1c3f66', shape: 'circle', dash: [1, 0] } as const

export const SPLIT_SERIES = {
  Totalt: { colour: '#5a5a5a', shape: 'diamond', dash: [6, 3] },
  Kvinnor: { colour: '#c75e0a', shape: 'square', dash: [1, 0] },
  Män: { colour: '#0e2a47', shape: 'circle', dash: [1, 0] },
} as const

/** The target's reference line and its label. */
export const TARGET_COLOUR = '#333333'
/** Axis lines, ticks and labels. */
export const AXIS_COLOUR = '#404040'
/** Grid lines only guide the eye; nothing is read from them alone. */
export const GRID_COLOUR = '#e0e0e0'

export function seriesStyle(name: string, single: boolean): { colour: string; shape: string; dash: readonly number[] } {
  if (single) return SINGLE_SERIES
  return SPLIT_SERIES[name as keyof typeof SPLIT_SERIES] ?? SINGLE_SERIES
}
