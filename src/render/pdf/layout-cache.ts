/** The part of a fontkit GlyphRun that pdfkit reads and writes. */
export interface GlyphRun {
  glyphs: unknown[]
  positions: object[]
  /** Feature tag → on/off, filled in by the shaper. */
  features?: Record<string, boolean>
}

/** The part of a fontkit font this module wraps. */
export interface ShapingFont {
  layout(text: string, ...options: unknown[]): GlyphRun
}

export interface LayoutCache {
  /** Words currently kept. */
  readonly size: number
  readonly limit: number
}

/**
 * Keeps `font.layout(text)` results (word shaping, the costliest part of measuring text) for the
 * life of the font, so a word is shaped once per process instead of once per PDF. pdfkit keeps its
 * own cache per document in front of this one, so this one is asked once per word per document.
 *
 * Every caller gets a copy: pdfkit scales a run's positions in place (font units → 1/1000 em), so a
 * run handed out twice would be scaled twice. Calls with features, script, language or direction
 * are passed through uncached: pdfkit shapes plain words without them.
 *
 * At most `limit` words are kept; past that, the least recently used word goes.
 */
export function cacheLayouts(font: ShapingFont, limit: number): LayoutCache {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`layout cache limit must be a positive integer, not ${limit}`)
  const shape = font.layout.bind(font)
  const runs = new Map<string, GlyphRun>()
  font.layout = (text: string, ...options: unknown[]): GlyphRun => {
    if (options.some((option) => option !== undefined)) return shape(text, ...options)
    let run = runs.get(text)
    if (run) runs.delete(text) // re-inserted below: a Map iterates oldest first
    else run = shape(text)
    runs.set(text, run)
    if (runs.size > limit) runs.delete(runs.keys().next().value!)
    return copyOfRun(run)
  }
  return {
    get size() {
      return runs.size
    },
    limit,
  }
}

/**
 * A run nobody else holds: its own positions (pdfkit writes to those), glyph list and feature map.
 * The glyphs themselves are fontkit's per-font Glyph objects, shared by every run of the font
 * whether cached or not; pdfkit only reads them.
 */
function copyOfRun(run: GlyphRun): GlyphRun {
  const copy = cloneObject(run)
  copy.glyphs = run.glyphs.slice()
  copy.positions = run.positions.map(cloneObject)
  if (run.features) copy.features = { ...run.features }
  return copy
}

/** Same prototype (GlyphRun's `advanceWidth` is a getter on it) and the same own fields. */
function cloneObject<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as T, value)
}
