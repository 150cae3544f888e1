import { readFileSync } from 'node:fs'

/**
 * Reads a seed text (a text extraction of a published plan) into the blocks a reader sees:
 * paragraphs and headings as one string each, table rows as their cells. The cover and the table
 * of contents (whose page numbers belong to the original layout) are skipped.
 */
export interface SeedBlock {
  kind: 'text' | 'row'
  line: number
  cells: string[]
}

export const SEEDS = ['knivsta-sn-2024', 'danderyd-sn-2024'] as const

/** The women/men legend as the seeds' indicator cells hold it. */
const SPLIT_LEGEND = 'K: kvinnor M: män'

export function readSeed(id: string): SeedBlock[] {
  const lines = readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8').split('\n')
  const tocAt = lines.findIndex((line) => line.trim() === 'Innehållsförteckning')
  let index = tocAt + 1
  while (index < lines.length && (lines[index]!.trim() === '' || lines[index]!.includes('\t'))) index++
  const blocks: SeedBlock[] = []
  for (; index < lines.length; index++) {
    const line = lines[index]!
    if (line.trim() === '') continue
    const cells = line.split('\t').map((cell) => cell.trim())
    if (cells.length > 1 && cells[0]!.includes(SPLIT_LEGEND)) {
      // vplan prints the legend once, under the table, rather than in every row (issue 13).
      cells[0] = cells[0]!.replace(SPLIT_LEGEND, '').trim()
      blocks.push({ kind: 'text', line: index + 1, cells: [SPLIT_LEGEND] })
    }
    if (cells.length > 1) blocks.push({ kind: 'row', line: index + 1, cells: cells.filter(Boolean) })
    else blocks.push({ kind: 'text', line: index + 1, cells: [stripHeadingNumber(line.trim())] })
  }
  return blocks
}

/** "4.1.1 Socialnämndens …" → "Socialnämndens …": numbers are the template's, not the text's. */
function stripHeadingNumber(text: string): string {
  return text.replace(/^\d+(?:\.\d+)*\s+(?=\p{Lu})/u, '')
}

/**
 * Words and numbers of a text, so that typography does not matter but wording and figures do:
 * "1 427" and "1427" are one token, "34,61 %" and "34,61%" both give "34,61", "−1 952" gives
 * "1952", soft hyphens (U+00AD, invisible) are not there, and punctuation such as "-", "·", "(", ":" separates tokens. A Markdown link counts as
 * its text: the address of `[U21468](https://www.kolada.se/…)` is not words a reader reads.
 */
export function tokens(text: string): string[] {
  const joined = text
    .replace(/\u00ad/g, '')
    .replace(/\]\((?:https?|mailto):[^)\s]*\)/g, ']')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(\d) (?=\d{3}(?!\d))/g, '$1')
  return joined.match(/[\p{L}\p{N}]+(?:[,.]\p{N}+)*/gu) ?? []
}

/**
 * Tokens of a sequence of separately extracted pieces (table cells, PDF text runs): numbers never
 * join across pieces, but a word that a PDF line's end hyphenated (its piece ends in U+00AD, see
 * pdfPages) is one word again.
 */
export function tokensOfPieces(pieces: readonly string[]): string[] {
  const out: string[] = []
  let hyphenated = false
  for (const piece of pieces) {
    const found = tokens(piece)
    // A piece that ends in a soft hyphen (a PDF line that a word runs on from) goes on in the next.
    if (hyphenated && out.length > 0 && found.length > 0) out.push(out.pop()! + found.shift()!)
    out.push(...found)
    hyphenated = piece.endsWith('\u00ad')
  }
  return out
}

/** Where `needle` stands contiguously in `haystack`, or -1. */
export function indexOfSequence(haystack: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return from
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/**
 * A table row is found when its cells stand in order, each contiguous, with little else between
 * them (the renderer may add a Kolada id or a legend): the whole row within a short window.
 */
export function findRow(haystack: readonly string[], cells: readonly string[]): boolean {
  const wanted = cells.map(tokens).filter((t) => t.length > 0)
  if (wanted.length === 0) return true
  const budget = wanted.reduce((n, t) => n + t.length, 0) * 2 + 8
  for (let start = indexOfSequence(haystack, wanted[0]!); start !== -1; start = indexOfSequence(haystack, wanted[0]!, start + 1)) {
    let at = start + wanted[0]!.length
    let ok = true
    for (const cell of wanted.slice(1)) {
      const found = indexOfSequence(haystack, cell, at)
      if (found === -1 || found - start > budget) {
        ok = false
        break
      }
      at = found + cell.length
    }
    if (ok) return true
  }
  return false
}

/** The seed blocks that the output does not contain, described for a failure message. */
export function missingBlocks(blocks: readonly SeedBlock[], haystack: readonly string[]): string[] {
  return blocks
    .filter((block) => (block.kind === 'text' ? indexOfSequence(haystack, tokens(block.cells[0]!)) === -1 : !findRow(haystack, block.cells)))
    .map((block) => `line ${block.line}: ${block.cells.join(' | ')}`)
}
