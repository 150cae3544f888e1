/** U+00A0: a space at which no line may break. */
export const NO_BREAK_SPACE = '\u00a0'

/**
 * Swedish abbreviations that are written with spaces ("i o m", "t ex", also "bl. a."), after
 * Språkrådet's list of common abbreviations. Only those whose letters cannot be a run of ordinary
 * words: a lone "o" or "e" is no Swedish word on its own, "m m" and "s k" are never said aloud.
 */
const ABBREVIATIONS = [
  'bl a', 'd v s', 'e kr', 'f d', 'f kr', 'fr o m', 'i o m', 'i st f', 'm a o', 'm fl', 'm h t', 'm m',
  'o s v', 'p g a', 's a s', 's k', 't ex', 't o m',
]

/** One alternation; each part may end in a full stop, parts are separated by one space. */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${ABBREVIATIONS.map((a) => a.split(' ').join('\\.? ')).join('|')})\\.?(?![\\p{L}\\p{N}])`,
  'giu',
)

/**
 * Joins the parts of a spaced abbreviation with no-break spaces, so that "i o m" is never broken
 * over two lines (or two lines of a narrow table cell). A no-break space is copied and read as a
 * space, so the text stays the same for a reader, a screen reader and a search.
 */
export function joinAbbreviations(text: string): string {
  if (!text.includes(' ')) return text
  return text.replace(PATTERN, (found) => found.replaceAll(' ', NO_BREAK_SPACE))
}
