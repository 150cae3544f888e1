/**
 * The SVG elements kept: shapes, text, grouping, reuse within the file, paint servers, clipping
 * and markers, which is what drawing tools export for a diagram. Everything else is removed with
 * its content: scripts, `foreignObject` (HTML inside the SVG), `image` (another file or a data
 * URL), animation (`set` and `animate` can rewrite a link to `javascript:`), `style` (CSS the PDF
 * would not apply, so the outputs would differ) and anything unknown.
 */
export const KEPT_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
])

/** Removed without a word: editor bookkeeping (Inkscape, Illustrator) that draws nothing. */
export const QUIET_ELEMENTS = new Set(['metadata'])

/** Why a removed element matters, by name; others are "not supported". */
export const ELEMENT_RULES: Record<string, { ruleId: string; why: string }> = {
  script: { ruleId: 'svg-script', why: 'a script' },
  foreignObject: { ruleId: 'svg-foreign-object', why: 'HTML inside the SVG (foreignObject)' },
  image: { ruleId: 'svg-external-reference', why: 'an image inside the SVG (a reference to another file or address)' },
  style: { ruleId: 'svg-style', why: 'a style sheet (the PDF does not apply it; use presentation attributes such as fill="…")' },
  a: { ruleId: 'svg-external-reference', why: 'a link' },
}
