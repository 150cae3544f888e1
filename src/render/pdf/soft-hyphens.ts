import { pdfmakePrototype } from './pdfmake-internals.js'
import { softHyphenWidth } from './show-soft-hyphen.js'

const SHY = '\u00ad'
/** U+2060 WORD JOINER: a soft hyphen while pdfmake's line breaker finds the words (see installSoftHyphens). */
const JOINER = '\u2060'
const INSTALLED = Symbol.for('vplan.render.pdf.soft-hyphens')
/** On a word: where it may break (offsets into its text), and the length of the text they are for. */
const BREAKS = Symbol('vplan.render.pdf.breaks')
/** On a piece of a word that ends a line: the width of the hyphen drawn after it. */
const HYPHEN = Symbol('vplan.render.pdf.hyphen')

/**
 * A word is hyphenated at a line's end only when the line would otherwise leave at least this
 * share of its width empty (a hyphenation zone, as in ragged-right typesetting): body text then
 * breaks between words wherever that looks right and hyphenates only the long compounds that
 * would leave a gap, while a narrow table cell hyphenates whenever a word does not fit.
 */
export const HYPHENATION_ZONE = 0.12

/** A pdfmake inline after measuring (TextInlines.measure): text, widths in points, its font. */
interface Inline {
  text: string
  width: number
  trailingCut: number
  leadingCut?: number
  fontSize: number
  characterSpacing?: number
  lineEnd?: boolean
  noNewLine?: boolean
  font: unknown
  [BREAKS]?: { at: number[]; length: number }
  [HYPHEN]?: number
}

/** A pdfmake line (Line.js) as LayoutBuilder.buildNextLine fills it. */
interface Line {
  inlines: Inline[]
  maxWidth: number
  inlineWidths: number
  leadingCut: number
  newLineForced?: boolean
  lastLineInParagraph?: boolean
  addInline(inline: Inline): void
}

type TextItem = string | { text?: unknown } | null | undefined

interface LayoutBuilder {
  writer: { context(): { availableWidth: number } }
  buildNextLine(this: LayoutBuilder, node: { _inlines?: Inline[] }): Line | null
}

interface Prototypes {
  breaker: { getBreaks(this: unknown, texts: TextItem | TextItem[], styles: unknown): Inline[] }
  layout: LayoutBuilder
  widthOfText(text: string, inline: Inline): number
}

/**
 * Makes pdfmake hyphenate at soft hyphens (U+00AD, put in by src/render/hyphenate/) the way a
 * typesetter does: a line breaks inside a word only at one of its break points, only when the
 * word does not fit, and then shows a hyphen; where no line breaks, nothing shows.
 *
 * What pdfmake 0.3 does by itself: its line breaker (the `linebreak` package, UAX #14) allows a
 * break after U+00AD, so every syllable became a run of its own (measured, fitted and drawn one by
 * one: a third more runs in a plan), and fontkit draws U+00AD as nothing, so a word broke without
 * a hyphen and, where it did not break, text extraction read a space inside it. Three small
 * changes instead, each checked to exist at install:
 * - splitting text into words (TextBreaker.getBreaks): a soft hyphen is a word joiner (U+2060,
 *   no break opportunity) while the words are found, so a word stays one run; the word's break
 *   points are then kept beside its text, and pdfmake measures and draws the plain word;
 * - building a line (LayoutBuilder.buildNextLine): when the next word does not fit, it is cut at
 *   the last of its break points at which it and a hyphen do, within the hyphenation zone above
 *   (and a word wider than a whole line is cut at a break point rather than at any letter); the
 *   piece that ends the line ends in U+00AD and its width includes the hyphen. Words that do not
 *   break are drawn and extracted whole;
 * - drawing (pdfkit's EmbeddedFont.encode, show-soft-hyphen.ts): a text that ends in U+00AD shows
 *   the font's soft-hyphen glyph there, mapped to U+00AD, as PDF marks an incidental hyphen.
 */
export function installSoftHyphens(): void {
  const { breaker, layout, widthOfText } = pdfmakePrototypes()
  if ((breaker as { [INSTALLED]?: true })[INSTALLED]) return
  const { getBreaks } = breaker
  breaker.getBreaks = function (texts, styles) {
    const words = getBreaks.call(this, Array.isArray(texts) ? texts.map(joinSyllables) : joinSyllables(texts), styles)
    for (const word of words) if (word.text.includes(JOINER)) takeBreaks(word)
    return words
  }
  const { buildNextLine } = layout
  layout.buildNextLine = function (node) {
    const pending = node._inlines
    if (pending?.[0]) cutOverlongWord(pending, this.writer.context().availableWidth, widthOfText)
    const line = buildNextLine.call(this, node)
    if (!line) return line
    if (pending?.[0] && !line.newLineForced) hyphenateAtLineEnd(line, pending, widthOfText)
    settle(line)
    return line
  }
  Object.defineProperty(breaker, INSTALLED, { value: true })
}

/** The joiners out of a word's text, kept as its break points: pdfmake measures and draws plain words. */
function takeBreaks(word: Inline): void {
  const at: number[] = []
  let text = ''
  for (const part of word.text.split(JOINER)) {
    if (text !== '') at.push(text.length)
    text += part
  }
  word.text = text
  if (at.length > 0) word[BREAKS] = { at, length: text.length }
}

function joinSyllables(item: TextItem): TextItem {
  if (typeof item === 'string') return item.includes(SHY) ? item.replaceAll(SHY, JOINER) : item
  if (item && typeof item.text === 'string' && item.text.includes(SHY)) return { ...item, text: item.text.replaceAll(SHY, JOINER) }
  return item
}

type Width = (text: string, inline: Inline) => number

/**
 * The next word, when it does not fit: its longest start that fits in `room` with a hyphen, and
 * the rest (which may break again). Starts clearly too long by the word's average letter width
 * are skipped without measuring; the others are measured as pdfmake measures, kerning included.
 */
function cut(word: Inline, room: number, widthOf: Width): [Inline, Inline] | undefined {
  const breaks = word[BREAKS]
  if (word.lineEnd || !breaks || breaks.length !== word.text.length) return undefined
  const hyphen = hyphenWidth(word)
  if (hyphen === 0) return undefined
  const perLetter = word.width / word.text.length
  for (let i = breaks.at.length - 1; i >= 0; i--) {
    const at = breaks.at[i]!
    if (at * perLetter * 0.8 + hyphen > room) continue
    const head = word.text.slice(0, at)
    const width = widthOf(head, word) + hyphen
    if (width > room) continue
    const start: Inline = { ...word, text: `${head}${SHY}`, width, trailingCut: 0, noNewLine: false, [BREAKS]: undefined, [HYPHEN]: hyphen }
    const text = word.text.slice(at)
    const rest: Inline = { ...word, text, width: widthOf(text, word), leadingCut: 0, [BREAKS]: undefined }
    if (i + 1 < breaks.at.length) rest[BREAKS] = { at: breaks.at.slice(i + 1).map((next) => next - at), length: text.length }
    return [start, rest]
  }
  return undefined
}

/** A first word wider than the whole line breaks at a break point, not at whatever letter pdfmake finds. */
function cutOverlongWord(pending: Inline[], width: number, widthOf: Width): void {
  if (pending[0]!.width - pending[0]!.trailingCut <= width) return
  const pieces = cut(pending[0]!, width, widthOf)
  if (pieces) pending.splice(0, 1, ...pieces)
}

function hyphenateAtLineEnd(line: Line, pending: Inline[], widthOf: Width): void {
  // What is left after the words on the line, their trailing space included (the piece follows it).
  const room = line.maxWidth - line.inlineWidths + line.leadingCut
  if (line.inlines.length === 0 || room < line.maxWidth * HYPHENATION_ZONE) return
  const pieces = cut(pending[0]!, room, widthOf)
  if (!pieces) return
  line.addInline(pieces[0])
  pending[0] = pieces[1]
  line.lastLineInParagraph = false
}

/** A hyphen only on the run that ends the line. */
function settle(line: Line): void {
  const last = line.inlines.length - 1
  line.inlines.forEach((inline, index) => {
    const hyphen = inline[HYPHEN]
    if (hyphen === undefined || index === last) return
    // Only after a reflow (pdfmake's snaking columns) can a piece that ended a line stand inside one.
    inline.text = inline.text.slice(0, -1)
    inline.width -= hyphen
    line.inlineWidths -= hyphen
    delete inline[HYPHEN]
  })
}

/** The width of the hyphen a break in `item` shows; 0 for a font that cannot draw one. */
function hyphenWidth(item: Inline): number {
  const width = softHyphenWidth(item.font, item.fontSize)
  return width === 0 ? 0 : width + (item.characterSpacing ?? 0)
}

function pdfmakePrototypes(): Prototypes {
  const measuring = pdfmakePrototype<{ widthOfText: Width }>('./TextInlines.js', ['widthOfText'], 'soft-hyphens')
  return {
    breaker: pdfmakePrototype<Prototypes['breaker']>('./TextBreaker.js', ['getBreaks'], 'soft-hyphens'),
    layout: pdfmakePrototype<LayoutBuilder>('./LayoutBuilder.js', ['buildNextLine'], 'soft-hyphens'),
    widthOfText: (text, inline) => measuring.widthOfText(text, inline),
  }
}
