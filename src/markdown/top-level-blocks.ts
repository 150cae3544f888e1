import { parseWholeText } from './markdown-processor.js'
import { TextKeyedCache } from '../cache/index.js'

/**
 * A block that, opened at the top level of a document, holds the lines after it whatever they
 * look like, until its own end: fenced code, a ::: directive container and the HTML blocks
 * (CommonMark kinds 1–5 end at a marker, even past blank lines; kinds 6–7 at a blank line). A
 * line inside them that looks like a fence or a `# ` heading is not one. The rules follow
 * micromark's tokenizers (micromark-core-commonmark code-fenced.js and html-flow.js,
 * micromark-extension-directive directive-container.js), not the CommonMark prose, where they
 * differ (`]]]>` ends no CDATA).
 */
export interface TopLevelBlock {
  /** Spaces before the opening marker (0–3). */
  indent: number
  /** Whether the opening line already ends the block (`<!-- note -->`). */
  endsOnOpeningLine: boolean
  /** Whether a later line ends the block; that line still belongs to it. */
  endsWith(line: string): boolean
}

// Indentation of at most three spaces: a tab anywhere before the marker makes it four columns.
const FENCE = /^( {0,3})(?:(`{3,})[^`]*|(~{3,}).*)$/
// Whether a line of colons opens a container is micromark's call (`:::` plus a tab does), but a
// closing line (colons, then spaces only) never does: a name cannot start with a space.
const DIRECTIVE = /^( {0,3})(:{3,})(?! *$)/
/**
 * Container openings of the plain forms templates write (`:::table{#id caption="…"}`, `:::note`):
 * a subset of what micromark-extension-directive accepts (its factory-name.js and
 * factory-attributes.js), so these need not be parsed to be known. Other forms are.
 */
const ATTRIBUTE = String.raw`(?:[#.][\w-]+|[A-Za-z][\w-]*="[^"\n]*")`
const SIMPLE_DIRECTIVE = new RegExp(String.raw`^ {0,3}:{3,}[A-Za-z][A-Za-z0-9]*(?:\{ *(?:${ATTRIBUTE}(?: +${ATTRIBUTE})* *)?\})?[ \t]*$`)
const HTML_TAG = /^( {0,3})<\/?[A-Za-z]/
const BLANK = /^[ \t]*$/
const HTML: readonly { start: RegExp; end: RegExp }[] = [
  { start: /^( {0,3})<(?:pre|script|style|textarea)(?=[ \t>]|$)/i, end: /<\/(?:pre|script|style|textarea)>/i },
  { start: /^( {0,3})<!--/, end: /-->/ },
  { start: /^( {0,3})<\?/, end: /\?>/ },
  // micromark pairs the brackets: `]]>` ends CDATA after an even run of `]` only.
  { start: /^( {0,3})<!\[CDATA\[/, end: /(?<!\])(?:\]\])+>/ },
  { start: /^( {0,3})<![A-Za-z]/, end: />/ },
]

/**
 * Answers what block a line opens where no paragraph is open, by parsing the line on its own;
 * undefined once it has parsed `budget` lines for one text. A parse costs some 0.2 ms however
 * short the line, so a text of thousands of odd lines would otherwise take far longer to cut
 * than to parse whole.
 */
export type LineOracle = (line: string) => string | undefined

/**
 * The long-running block `line` opens when it starts a block at the top level, if any; 'unsure'
 * when that depends on more than the line: an HTML tag line right after a text line may continue
 * the paragraph (kind 7 cannot interrupt one; kind 6 can, but telling them apart needs the list
 * of HTML block names), and the oracle may have run out of answers.
 */
export function topLevelBlockOpenedBy(line: string, afterBlankLine: boolean, ask: LineOracle): TopLevelBlock | 'unsure' | undefined {
  const first = line.trimStart()[0]
  if (first === '`' || first === '~') return fenceOpenedBy(line)
  if (first === ':') return directiveOpenedBy(line, ask)
  if (first === '<') return htmlOpenedBy(line, afterBlankLine, ask)
  return undefined
}

function fenceOpenedBy(line: string): TopLevelBlock | undefined {
  const match = FENCE.exec(line)
  if (!match) return undefined
  const sequence = match[2] ?? match[3]!
  const closing = new RegExp(`^ {0,3}${sequence[0]}{${sequence.length},}[ \\t]*$`)
  return { indent: match[1]!.length, endsOnOpeningLine: false, endsWith: (next: string) => closing.test(next) }
}

function htmlOpenedBy(line: string, afterBlankLine: boolean, ask: LineOracle): TopLevelBlock | 'unsure' | undefined {
  for (const { start, end } of HTML) {
    const match = start.exec(line)
    if (match) return { indent: match[1]!.length, endsOnOpeningLine: end.test(line), endsWith: (next: string) => end.test(next) }
  }
  // Kinds 6 and 7: `<div>`, or any complete tag alone on its line. They end at a blank line.
  const tag = HTML_TAG.exec(line)
  if (!tag) return undefined
  const block = ask(line)
  // Not a block where nothing interrupts, it is none after a text line either.
  if (block !== undefined && block !== 'html') return undefined
  if (block === undefined || !afterBlankLine) return 'unsure'
  return { indent: tag[1]!.length, endsOnOpeningLine: false, endsWith: (next: string) => BLANK.test(next) }
}

function directiveOpenedBy(line: string, ask: LineOracle): TopLevelBlock | 'unsure' | undefined {
  const match = DIRECTIVE.exec(line)
  if (!match) return undefined
  if (!SIMPLE_DIRECTIVE.test(line)) {
    const block = ask(line)
    if (block === undefined) return 'unsure'
    if (block !== 'containerDirective') return undefined
  }
  // The closing fence is looked for on every line before the content, so the first one ends it.
  const closing = new RegExp(`^ {0,3}:{${match[2]!.length},}[ \\t]*$`)
  return { indent: match[1]!.length, endsOnOpeningLine: false, endsWith: (next: string) => closing.test(next) }
}

/** Lines asked about before: kept for every text, as the same ones come back on each rebuild. */
const blockOfLine = new TextKeyedCache<string>(64 * 1024)

/** A LineOracle for one text that parses at most `budget` lines it has not seen before. */
export function createLineOracle(budget: number): LineOracle {
  let parsed = 0
  return (line) => {
    const known = blockOfLine.get(line)
    if (known !== undefined || parsed++ >= budget) return known
    // An opening line stands alone: labels, attributes and a tag alone on its line cannot span
    // lines, and once no paragraph is open, the lines before it change nothing.
    return blockOfLine.getOrCompute(line, (own) => parseWholeText(own).children[0]?.type ?? 'none')
  }
}
