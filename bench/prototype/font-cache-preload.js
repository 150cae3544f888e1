// Prototype (bench only), loaded with --import: fonts parsed once per process instead of once per
// PDF. pdfkit calls fontkit.create(bytes) for every document and face, so every render decodes
// Roboto's tables again and shapes every word again. Here fontkit.create is memoised on the font
// bytes, and, with FONT_CACHE=layout, fontkit's layout() results too (copied on the way out,
// because pdfkit scales the positions it gets in place).
import { createRequire } from 'node:module'

const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))
const file = requireFromPdfkit.resolve('fontkit')
const original = requireFromPdfkit('fontkit')
const create = original.create.bind(original)
const fonts = new Map()
const withLayoutCache = process.env.FONT_CACHE === 'layout'

// fontkit's exports are fixed getters: pdfkit (loaded later) gets a copy from the module cache instead.
const patched = Object.fromEntries(Object.keys(original).map((key) => [key, original[key]]))
patched.create = createOnce
requireFromPdfkit.cache[file].exports = patched

function createOnce(bytes, family) {
  const key = `${bytes.length}:${family ?? ''}:${Buffer.from(bytes.buffer, bytes.byteOffset, 64).toString('base64')}`
  let font = fonts.get(key)
  if (!font) {
    font = create(bytes, family)
    if (withLayoutCache) cacheLayout(font)
    fonts.set(key, font)
  }
  return font
}

function cacheLayout(font) {
  const layout = font.layout.bind(font)
  const runs = new Map()
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length > 0) return layout(text, features, ...rest)
    let run = runs.get(text)
    if (!run) runs.set(text, (run = layout(text)))
    // A GlyphRun whose positions pdfkit may scale in place; its advanceWidth getter sums them.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(run)), run)
    copy.positions = run.positions.map((p) => ({ ...p }))
    return copy
  }
}
