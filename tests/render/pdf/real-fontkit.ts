import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { GlyphRun, ShapingFont } from '../../../src/render/pdf/layout-cache.js'

interface Glyph {
  id: number
  codePoints: number[]
}

/** A fontkit GlyphRun as these tests read it. */
export type Run = Omit<GlyphRun, 'glyphs'> & { glyphs: Glyph[]; readonly advanceWidth: number }

/** A fontkit font as these tests use it. */
export interface Font extends ShapingFont {
  layout(text: string, ...options: unknown[]): Run
}

interface Fontkit {
  create(bytes: Uint8Array, family?: string): Font
}

/**
 * fontkit's own ES module build. Node loads it as an instance separate from the CommonJS one pdfkit
 * requires (which vplan's font cache hooks), so its `create` is always the real one: every call
 * makes a new font.
 */
export const fontkit = (await import('fontkit' as string)) as Fontkit

/** Roboto as vplan embeds it (pdfmake's copy). */
export function robotoBytes(face = 'Roboto-Regular.ttf'): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve(`pdfmake/fonts/Roboto/${face}`))
}

/** A font nobody else has touched. */
export function freshRoboto(face?: string): Font {
  return fontkit.create(robotoBytes(face))
}

/** What pdfkit reads from a run, as plain data: comparable across font instances. */
export function runContent(run: Run) {
  return {
    glyphs: run.glyphs.map((glyph) => ({ id: glyph.id, codePoints: glyph.codePoints })),
    positions: run.positions.map((position) => ({ ...position })),
    advanceWidth: run.advanceWidth,
    features: run.features,
    prototype: Object.getPrototypeOf(run) as unknown,
  }
}

/** Words as pdfkit splits them (each with the space after it), from a seed's published text. */
export function seedWords(id: string): string[] {
  const text = readFileSync(new URL(`../../../seeds/${id}.txt`, import.meta.url), 'utf8')
  return [...new Set(text.split(/(?<=[ \t])|\n/).filter((word) => word !== ''))]
}
