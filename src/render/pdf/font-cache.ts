import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { cacheLayouts, type LayoutCache, type ShapingFont } from './layout-cache.js'
import { requireFromPdfmake } from './pdfmake-internals.js'

/**
 * Shaped words kept per font face. The regular face, which carries almost all the text, sees
 * about 2 000 distinct words in Knivsta, 1 700 in Danderyd (3 100 for both) and 11 200 in the
 * 1000-page synthetic plan; the other faces far fewer. A word costs about 1.5 KB. 20 000 holds
 * the largest plan we know with room to spare (below its vocabulary, a least-recently-used cache
 * re-rendering the same document would evict each word just before it is needed again) and caps
 * the cache at about 30 MB per face, 120 MB for all four.
 */
export const LAYOUT_CACHE_LIMIT = 20_000

export interface FontCache {
  /** False when it came too late (see installFontCache): pdfkit then works as it always did. */
  readonly active: boolean
  /** fontkit fonts made so far: one per font file (and family within a collection). */
  readonly fontsCreated: number
  /** The word-shaping cache of each font made, in the order they were made. */
  readonly layouts: readonly LayoutCache[]
}

type CreateFont = (bytes: Uint8Array, family?: string) => unknown

interface FontkitModule {
  exports: { create?: unknown; [INSTALLED]?: FontCache }
}

/** Where the installed cache lives: on fontkit's module object, so it is one per process. */
const INSTALLED = Symbol.for('vplan.render.pdf.font-cache')

/**
 * Makes fontkit fonts once per process, and each word's shaping once per font.
 *
 * Why a patch: pdfkit calls `fontkit.create(bytes)` for every document and face
 * (`PDFFontFactory.open`), so every PDF decodes the font tables again and shapes every word again.
 * Neither pdfkit nor pdfmake lets a caller hand in a font already made: `PDFFontFactory` and
 * `EmbeddedFont` are not exported, pdfmake only passes bytes, and fontkit's exports are
 * non-configurable getters. The one seam is the module cache: pdfkit calls `create` on the object
 * `require('fontkit')` gave it when it loaded, so that object is swapped, before pdfkit loads,
 * for one whose `create` is memoised.
 *
 * Call it before pdfmake is imported; a second call returns the same cache. If pdfkit was loaded
 * first it already holds the real fontkit: rendering then stays as it is, uncached (`active` is
 * false). If fontkit or its fonts no longer look as expected (an upgrade), it throws rather than
 * guess.
 */
export function installFontCache(): FontCache {
  const fromPdfmake = requireFromPdfmake()
  const pdfkitFile = fromPdfmake.resolve('pdfkit')
  const fromPdfkit = createRequire(pdfkitFile)
  const fontkitFile = fromPdfkit.resolve('fontkit')
  fromPdfkit(fontkitFile)
  const fontkit = fromPdfkit.cache[fontkitFile] as FontkitModule | undefined
  if (!fontkit) throw new Error(`font cache: fontkit (${fontkitFile}) is not in the CommonJS module cache`)
  const installed = fontkit.exports[INSTALLED]
  if (installed) return installed
  if (fromPdfkit.cache[pdfkitFile]) return TOO_LATE
  const create = fontkit.exports.create
  if (typeof create !== 'function') throw new Error('font cache: fontkit no longer exports create(bytes, family)')
  const cache = memoiseCreate(create.bind(fontkit.exports) as CreateFont)
  // Inherits the rest of fontkit's exports, live getters included.
  fontkit.exports = Object.create(fontkit.exports, {
    create: { value: cache.create, enumerable: true },
    [INSTALLED]: { value: cache.state },
  }) as FontkitModule['exports']
  return cache.state
}

const TOO_LATE: FontCache = { active: false, fontsCreated: 0, layouts: [] }

/**
 * `create` made once per font: keyed by a hash of the bytes (not the buffer, which a caller may
 * copy or reuse) and the family, each font with a layout cache. Fonts are never dropped; there is
 * one per font file, four for vplan.
 */
export function memoiseCreate(create: CreateFont, layoutLimit = LAYOUT_CACHE_LIMIT): { create: CreateFont; state: FontCache } {
  const fonts = new Map<string, unknown>()
  const layouts: LayoutCache[] = []
  const state: FontCache = {
    active: true,
    get fontsCreated() {
      return fonts.size
    },
    layouts,
  }
  const createOnce = (bytes: Uint8Array, family?: string): unknown => {
    const key = `${createHash('sha256').update(bytes).digest('base64')}/${family ?? ''}`
    let font = fonts.get(key)
    if (font === undefined) {
      // A private copy of the bytes: the font reads its tables from them lazily, for as long as it lives.
      font = create(Buffer.from(bytes), family)
      if (!isShapingFont(font)) throw new Error('font cache: a fontkit font no longer has layout(text)')
      layouts.push(cacheLayouts(font, layoutLimit))
      fonts.set(key, font)
    }
    return font
  }
  return { create: createOnce, state }
}

function isShapingFont(font: unknown): font is ShapingFont {
  return typeof font === 'object' && font !== null && typeof (font as { layout?: unknown }).layout === 'function'
}
