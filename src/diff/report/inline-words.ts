import type { WordPart } from '../types.js'
import type { Style } from './style.js'

/** Words of unchanged text kept on each side of a change; the rest becomes "…". */
const CONTEXT_WORDS = 6

/**
 * A word diff on one line, wdiff style: `[-deleted-]{+inserted+}`, long unchanged stretches
 * shortened to a few words around each change.
 */
export function inlineWords(parts: readonly WordPart[], style: Style): string {
  return parts
    .map((part, i) => {
      const text = part.text.replace(/\s+/g, ' ')
      if (part.op === 'insert') return style.inserted(`{+${text}+}`)
      if (part.op === 'delete') return style.deleted(`[-${text}-]`)
      return shorten(text, i > 0, i < parts.length - 1)
    })
    .join('')
}

function shorten(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const words = text.split(/(?<= )/)
  const keep = (changeBefore ? CONTEXT_WORDS : 0) + (changeAfter ? CONTEXT_WORDS : 0)
  if (words.length <= keep + 1) return text
  const head = changeBefore ? words.slice(0, CONTEXT_WORDS).join('') : ''
  const tail = changeAfter ? words.slice(-CONTEXT_WORDS).join('') : ''
  return `${head}… ${tail}`.replace(/^… /, '…').replace(/ … $/, ' …')
}

/** A long text cut to `max` characters at a word boundary. */
export function truncate(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}
