import { joinAbbreviations } from './abbreviations.js'
import { breakPoints } from './break-points.js'

/** U+00AD: a break point that shows a hyphen only where a line breaks there. */
export const SOFT_HYPHEN = '\u00ad'

export interface HyphenationOptions {
  /** Words with fewer letters are never hyphenated. */
  minWordLength: number
  /** Letters that stay before a break, at least. */
  leftMin: number
  /** Letters that go to the next line, at least. */
  rightMin: number
}

/**
 * Swedish typographic practice: only long words, at least two letters before the hyphen and three
 * after it ("verksamhetsförutsättning-ar" is never allowed to happen).
 */
export const DEFAULT_HYPHENATION: HyphenationOptions = { minWordLength: 8, leftMin: 2, rightMin: 3 }

/**
 * A whitespace-separated piece that is not prose and is left as written: a web address or any
 * other "scheme:…" (mailto:, tel:, javascript:), an e-mail address, a domain or file name ("knivsta.se", "plan.yaml": a full stop between letters), a path,
 * something technical (`_ \ = # ~ < > { } | ` `), or text that already carries soft hyphens.
 */
const VERBATIM = /[@\\_=#~<>{}|`\u00ad]|:\/\/|^[a-z][a-z\d+.-]*:[^\s]|^www\.|^\/|[\p{L}\p{N}]\.[\p{L}\p{N}]/iu
/** A run of letters (with combining marks). */
const WORD = /[\p{L}\p{M}]+/gu
const DIGIT = /\p{N}/u
const UPPER = /\p{Lu}/u

/**
 * The text with soft hyphens (U+00AD) at the Swedish break points of its long words, and
 * no-break spaces inside spaced abbreviations ("i o m"). Both are invisible where no line
 * breaks, and both renderers lay out the same break opportunities from them.
 *
 * Never touched: numbers and anything with a digit next to the letters (Kolada ids such as
 * U21468, "2030s"), words with a capital after the first letter (acronyms, "SoL"-style names),
 * web and e-mail addresses, domains and paths. Pure: the same text gives the same result.
 */
export function hyphenate(text: string, options: HyphenationOptions = DEFAULT_HYPHENATION): string {
  if (text.length < 2) return text
  if (options !== DEFAULT_HYPHENATION) return hyphenateText(text, options)
  let done = texts.get(text)
  if (done === undefined) {
    done = hyphenateText(text, options)
    if (textsKept + text.length > TEXT_CACHE_CHARACTERS) {
      texts.clear()
      textsKept = 0
    }
    texts.set(text, done)
    textsKept += text.length
  }
  return done
}

/**
 * Texts hyphenated with the default options, by their text: both renderers hyphenate the same
 * text nodes, and a rebuild (`vplan serve`) hyphenates the same paragraphs again. Bounded by the
 * characters kept (a plan of 1000 pages has about 2 M); past that it starts over.
 */
const TEXT_CACHE_CHARACTERS = 4_000_000
const texts = new Map<string, string>()
let textsKept = 0

function hyphenateText(text: string, options: HyphenationOptions): string {
  const joined = joinAbbreviations(text)
  if (joined.length < options.minWordLength) return joined
  return joined.replace(/\S+/g, (piece) => (piece.length < options.minWordLength || VERBATIM.test(piece) ? piece : hyphenatePiece(piece, options)))
}

/** Text without the soft hyphens `hyphenate` put in (for plain-text uses of a hyphenated string). */
export function stripSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text
}

function hyphenatePiece(piece: string, options: HyphenationOptions): string {
  return piece.replace(WORD, (word, at: number) => {
    if (word.length < options.minWordLength) return word
    if (DIGIT.test(piece.charAt(at - 1)) || DIGIT.test(piece.charAt(at + word.length))) return word
    if (UPPER.test(word.slice(1))) return word
    const points = breakPoints(word, options.leftMin, options.rightMin)
    if (points.length === 0) return word
    let out = ''
    let from = 0
    for (const point of points) {
      out += word.slice(from, point) + SOFT_HYPHEN
      from = point
    }
    return out + word.slice(from)
  })
}
