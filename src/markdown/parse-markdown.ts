import type { Root } from 'mdast'
import { createChunkedParser } from './chunked-parser.js'
import { parseWholeText } from './markdown-processor.js'

/**
 * Parsed chunks kept for the whole process, bounded by the length of their text: 4 M characters.
 * A warm rebuild finds every chunk of the current text in the cache only if the cache holds the
 * whole text; least-recently-used eviction drops first the versions an edit replaced. The
 * composed text of the 1000-page synthetic plan is 3.4 M characters (the 2024 seeds: 40 K),
 * and its chapter files reappear in it as chunks, so the loader's check adds little. Trees take
 * 7–11 bytes of heap per character of Markdown, keys included (measured on the seeds and on the
 * synthetic plan), so the cache stays under about 45 MB.
 */
const MAX_CACHED_CHARS = 4_000_000

const parser = createChunkedParser({ parseWhole: parseWholeText, maxCachedChars: MAX_CACHED_CHARS })

/** A Markdown text → a new mdast tree the caller may change (as parsing it whole would give). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown)
}
