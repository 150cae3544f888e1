import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { readFaceMetrics, type FaceMetrics } from './font-metrics.js'

/** The family name the document definition uses. */
export const FONT_FAMILY = 'Roboto'

/**
 * Roboto as shipped with pdfmake (Apache-2.0). Medium stands in for bold, as in pdfmake's own
 * vfs_fonts.js: Roboto Bold is heavy next to 10 pt body text.
 */
const FACES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const

/** Measures text in the body font; `bold` selects the face used for strong text and table headers. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number

export interface LoadedFonts {
  /** File name (as pdfmake's virtual file system knows it) → font bytes. */
  files: ReadonlyMap<string, Buffer>
  /** pdfmake's font dictionary entry: style → virtual file name. */
  faces: typeof FACES
  /** Code points every face has a glyph for: what may appear in the PDF. */
  coverage: ReadonlySet<number>
  measure: Measure
}

let cache: LoadedFonts | undefined

/**
 * Reads the font files once per process; every render after the first reuses the bytes and the
 * metrics. These are package assets, not user input, so reading them here does not break "only
 * the CLI touches the file system" for plan content.
 */
export function loadFonts(): LoadedFonts {
  if (cache) return cache
  const require = createRequire(import.meta.url)
  const files = new Map<string, Buffer>()
  const metrics = new Map<string, FaceMetrics>()
  for (const name of Object.values(FACES)) {
    const bytes = readFileSync(require.resolve(`pdfmake/fonts/Roboto/${name}`))
    files.set(name, bytes)
    metrics.set(name, readFaceMetrics(bytes))
  }
  const all = [...metrics.values()]
  const regular = metrics.get(FACES.normal)!
  const bold = metrics.get(FACES.bold)!
  const coverage = new Set<number>()
  for (let code = 0; code <= 0xffff; code++) if (all.every((face) => face.has(code))) coverage.add(code)
  cache = {
    files,
    faces: FACES,
    coverage,
    measure: (text, fontSize, isBold = false) => (isBold ? bold : regular).width(text, fontSize),
  }
  return cache
}
