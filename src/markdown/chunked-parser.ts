import type { Root, RootContent } from 'mdast'
import { findChunkStarts, MIN_CHUNK_CHARS, type ChunkStart } from './find-chunk-starts.js'
import { copyShifted, shiftedPoint } from './shift-positions.js'
import { TextKeyedCache } from '../cache/index.js'

const TRAILING_EMPTY_LINES = /\n\n+$/

export interface ChunkedParser {
  /** The text parsed chunk by chunk: a new tree, equal to parsing it whole, positions included. */
  parse(markdown: string): Root
  /** Parsed chunks by their text, positions relative to the chunk. Never handed out. */
  readonly cache: TextKeyedCache<Root>
}

export interface ChunkedParserOptions {
  /** Parses one text as a whole: the reference the chunked parse equals. */
  parseWhole(markdown: string): Root
  /** Bound of the cache, in characters of chunk text. */
  maxCachedChars: number
  /** Shortest section that becomes a chunk of its own (see findChunkStarts). */
  minChunkChars?: number
}

/**
 * Parses a Markdown text as the chunks findChunkStarts cuts it into, each chunk parsed once and
 * kept by its text: after an edit in one chapter only the chunk holding it is parsed again.
 */
export function createChunkedParser({ parseWhole, maxCachedChars, minChunkChars = MIN_CHUNK_CHARS }: ChunkedParserOptions): ChunkedParser {
  const cache = new TextKeyedCache<Root>(maxCachedChars)
  const parsedChunk = (text: string): Root => cache.getOrCompute(text, parseWhole)
  return {
    cache,
    parse(markdown) {
      const chunks = chunksOf(markdown, findChunkStarts(markdown, minChunkChars))
      if (chunks.length === 1) return copyShifted(parsedChunk(markdown), 0, 0)
      const children: RootContent[] = []
      let first: Root | undefined
      let last: { tree: Root; start: ChunkStart } | undefined
      for (const [index, chunk] of chunks.entries()) {
        // The empty lines before a cut belong to no node (lines of spaces may: indented code takes
        // them). Without them a chunk is often a chapter file's text, which the loader's check
        // has parsed already, so the cut-off text is what is parsed and kept. The last chunk stays
        // whole: the root ends where its text ends.
        const tree = parsedChunk(index < chunks.length - 1 ? chunk.text.replace(TRAILING_EMPTY_LINES, '\n') : chunk.text)
        for (const child of tree.children) children.push(copyShifted(child, chunk.start.line, chunk.start.offset))
        first ??= tree
        last = { tree, start: chunk.start }
      }
      // micromark's root runs from its first event to its last: the first chunk's start, the last chunk's end.
      const start = first!.position!.start
      const end = last!.tree.position!.end
      return { type: 'root', children, position: { start: shiftedPoint(start, 0, 0), end: shiftedPoint(end, last!.start.line, last!.start.offset) } }
    },
  }
}

function chunksOf(markdown: string, starts: ChunkStart[]): { text: string; start: ChunkStart }[] {
  const bounds = [{ line: 0, offset: 0 }, ...starts]
  return bounds.map((start, i) => ({ start, text: markdown.slice(start.offset, bounds[i + 1]?.offset ?? markdown.length) }))
}
