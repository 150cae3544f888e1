import hyphenator from 'hyphen/sv/index.js'

/** Where a word may break, as the index of the letter that would start the next line. */
export type BreakPoints = readonly number[]

/** Words kept; past this the cache starts over (a plan has a few thousand distinct long words). */
const CACHE_LIMIT = 50_000
const cache = new Map<string, BreakPoints>()
const MARK = '\u00ad'

/**
 * The break points of one word by the Swedish TeX patterns (Liang's algorithm, package `hyphen`),
 * without those that would leave fewer than `leftMin` letters before the break or `rightMin`
 * after it. Kept per word for the life of the process: a word is looked up once per build of
 * every plan that uses it.
 */
export function breakPoints(word: string, leftMin: number, rightMin: number): BreakPoints {
  const key = `${leftMin}/${rightMin}/${word}`
  let points = cache.get(key)
  if (points === undefined) {
    points = find(word).filter((at) => at >= leftMin && word.length - at >= rightMin)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(key, points)
  }
  return points
}

function find(word: string): number[] {
  const marked = hyphenator.hyphenateSync(word, { hyphenChar: MARK, minWordLength: 1 })
  const points: number[] = []
  let letters = 0
  for (const char of marked) {
    if (char === MARK) points.push(letters)
    else letters += char.length
  }
  return points
}
