import { createLineOracle, topLevelBlockOpenedBy, type TopLevelBlock } from './top-level-blocks.js'

/** Where a chunk of the text starts: its first line (0-based) and that line's offset. */
export interface ChunkStart {
  line: number
  offset: number
}

/**
 * Every parse costs some 0.2 ms before the first character (micromark combines its extensions
 * anew), as much as 200 characters of prose. A section shorter than this stays with the one
 * before it, so a text of thousands of tiny sections is not parsed much slower cut than whole
 * (measured: as fast, within noise). Chapters run to thousands of characters; of the seeds'
 * chapters, only a 198-character one is too short to be a chunk of its own.
 */
export const MIN_CHUNK_CHARS = 500

/** Lines of unusual ::: or HTML openings parsed on their own, at most, for one text (see LineOracle). */
const LINES_TO_ASK = 32

const BLANK = /^[ \t]*$/
/** A block quote or list item marker: the line may open a container whose lines it holds. */
const CONTAINER_MARKER = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/
/** A line whose content, after container markers, may open fenced code, a ::: container or HTML. */
const INNER_BLOCK = /^[ \t>*+\-\d.)]*(?:```|~~~|:::|<)/
/** A `[` that may begin a link reference or footnote definition (after container markers). */
const DEFINITION_START = /^[ \t>*+\-\d.)]*\[/m

/**
 * The lines where the text may be cut so that each piece, parsed on its own, gives exactly the
 * nodes the whole text gives there: top-level `# ` heading lines with a blank line before them,
 * outside fenced code, ::: containers and HTML blocks. Lines inside a list item or block quote
 * need no tracking: a `# ` line in column 1 ends every open container.
 *
 * Returns no cut (parse the text whole) when the text may hold a link reference or footnote
 * definition, because those are document-wide: `[x][ref]` is a link only when `[ref]: …` is
 * defined somewhere. Also for `\r`, which micromark counts as a line ending too. When a line is
 * ambiguous (an indented code fence that may belong to a list item or be top-level, an HTML tag
 * line right after text), no cut is made after it. Sections shorter than `minChunkChars` are
 * not cut off.
 */
export function findChunkStarts(markdown: string, minChunkChars = MIN_CHUNK_CHARS): ChunkStart[] {
  if (markdown.includes('\r') || mayDefineReferences(markdown)) return []
  return withoutShortSections(markdown, safeHeadingLines(markdown), minChunkChars)
}

/** Top-level `# ` lines after a blank line, outside the blocks that hold such lines. */
function safeHeadingLines(markdown: string): ChunkStart[] {
  const starts: ChunkStart[] = []
  const ask = createLineOracle(LINES_TO_ASK)
  let open: TopLevelBlock | undefined
  let containerMayBeOpen = false
  // Fenced code (or a ::: container, or HTML) left open in a list item or quote ends where the
  // container ends, and a piece that ends there would end it at its own end instead: one line
  // ending later. No cut then; the container and what it holds end at the `# ` line anyway.
  let innerBlockMayBeOpen = false
  // The start of the text is like a blank line: no paragraph is open there.
  let previousBlank = true
  let offset = 0
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const lineOffset = offset
    offset += line.length + 1
    const blank = BLANK.test(line)
    const afterBlank = previousBlank
    previousBlank = blank
    if (open) {
      if (open.endsWith(line)) open = undefined
      continue
    }
    if (line.startsWith('# ')) {
      if (afterBlank && index > 0 && !innerBlockMayBeOpen) starts.push({ line: index, offset: lineOffset })
      containerMayBeOpen = innerBlockMayBeOpen = false
      continue
    }
    const block = topLevelBlockOpenedBy(line, afterBlank, ask)
    if (block === 'unsure') return starts
    if (block) {
      // Indented, it may be the content of a list item instead, which ends with the item.
      if (block.indent > 0 && containerMayBeOpen) return starts
      // Unindented, or with no container open, the block is at the top level: a lazy line of a
      // container only ever continues a paragraph, and these lines end or cannot be in one.
      containerMayBeOpen = innerBlockMayBeOpen = false
      if (!block.endsOnOpeningLine) open = block
      continue
    }
    if (CONTAINER_MARKER.test(line)) {
      containerMayBeOpen = true
    } else if (afterBlank && !blank && line[0] !== ' ' && line[0] !== '\t') {
      // Unindented after a blank line: neither a continuation nor a lazy line of any container.
      containerMayBeOpen = innerBlockMayBeOpen = false
    }
    if (containerMayBeOpen && INNER_BLOCK.test(line)) innerBlockMayBeOpen = true
  }
  return starts
}

/**
 * The starts whose section (up to the next start) is at least `minChars` long, not counting the
 * empty lines at its end: measured so, a chapter's sections measure the same in the chapter file
 * and in the composed text, and both are cut alike (see the chunked parser's reuse of chapters).
 */
function withoutShortSections(markdown: string, starts: ChunkStart[], minChars: number): ChunkStart[] {
  return starts.filter((start, i) => {
    let end = starts[i + 1]?.offset ?? markdown.length
    while (end - start.offset > 1 && markdown[end - 1] === '\n' && markdown[end - 2] === '\n') end--
    return end - start.offset >= minChars
  })
}

/** A line that may start a definition, and a `]:` anywhere that may end its label. */
function mayDefineReferences(markdown: string): boolean {
  return markdown.includes(']:') && DEFINITION_START.test(markdown)
}
