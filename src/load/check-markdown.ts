import type { Node, Parent } from 'unist'
import { parseMarkdown } from '../markdown/index.js'
import { TextKeyedCache } from '../cache/index.js'
import { MAX_MARKDOWN_NESTING, MAX_MARKDOWN_TREE_DEPTH } from './limits.js'
import type { SourcePosition } from './types.js'

export interface MarkdownProblem {
  ruleId: 'markdown-nesting' | 'unclosed-code-block' | 'unclosed-directive' | 'unclosed-html'
  message: string
  /** Position in the Markdown text (1-based). */
  position: SourcePosition
}

/**
 * Checks one Markdown text (a chapter file, a `markdown:` part, a description) on its own, before
 * it is composed with the others. Two kinds of problem are refused:
 *
 * - Nesting beyond MAX_MARKDOWN_NESTING containers or MAX_MARKDOWN_TREE_DEPTH tree levels. The
 *   container depth is estimated from the line prefixes first, without parsing, because parsing
 *   thousands of levels overflows the parser's stack or takes minutes (and the PDF renderer loops
 *   once the indentation is wider than the page).
 * - Constructs left open at the end of the text: a ``` code block, a ::: directive, an HTML
 *   comment or <pre>. In the composed document they would swallow everything after them, the
 *   next chapters and the generated tables included: "nothing is lost" would not hold.
 */
export function checkMarkdown(text: string): MarkdownProblem[] {
  return checked.getOrCompute(text, findProblems).map((problem) => ({ ...problem, position: { ...problem.position } }))
}

/**
 * Problems by text: a rebuild after an edit checks only the text that changed (checking every
 * chapter of a seed again took some 65 ms). What is kept is mostly the texts themselves: 4 M
 * characters, at most 8 MB, hold every Markdown text of the 1000-page synthetic plan (3.2 M).
 */
const checked = new TextKeyedCache<MarkdownProblem[]>(4_000_000)

function findProblems(text: string): MarkdownProblem[] {
  const deep = findDeepNesting(text)
  if (deep) return [deep]
  const tree = parseMarkdown(text)
  const tooDeep = findDeepNode(tree)
  if (tooDeep) return [tooDeep]
  return findUnclosed(tree, text)
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/
const FENCE = /^(`{3,}|~{3,})/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const DIRECTIVE_OPEN = /^:{3,}[A-Za-z]/
const DIRECTIVE_CLOSE = /^:{3,}\s*$/

/**
 * Container depth per line, estimated the way a reader sees it: `>` markers and list markers in
 * the line's prefix, the list items still open (by indentation) from the lines above, and :::
 * directives still open. Fenced code is skipped. It may undercount odd layouts; it never needs to
 * parse, so it is linear in the text.
 */
function findDeepNesting(text: string): MarkdownProblem | undefined {
  const lists: number[] = [] // content columns of the list items still open
  let directives = 0
  let fence: string | undefined
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined
      continue
    }
    let column = 0
    let quotes = 0
    let items = 0
    const skipSpace = () => {
      while (column < line.length && (line[column] === ' ' || line[column] === '\t')) column++
    }
    skipSpace()
    if (line.trim() === '' || THEMATIC_BREAK.test(line)) continue
    const indent = column
    while (lists.length > 0 && indent < lists.at(-1)! && quotes === 0) lists.pop()
    for (;;) {
      skipSpace()
      if (line[column] === '>') {
        quotes++
        column++
        continue
      }
      const marker = LIST_MARKER.exec(line.slice(column))
      if (marker) {
        items++
        column += marker[0].length
        continue
      }
      break
    }
    const rest = line.slice(column)
    const opened = FENCE.exec(rest)
    if (opened) fence = opened[1]![0]!.repeat(opened[1]!.length)
    if (DIRECTIVE_OPEN.test(rest)) directives++
    else if (DIRECTIVE_CLOSE.test(rest) && directives > 0) directives--
    if (items > 0 && quotes === 0) {
      // A marker line: the items it opens nest inside the open items whose content it is in.
      while (lists.length > 0 && indent < lists.at(-1)!) lists.pop()
      for (let i = 0; i < items; i++) lists.push(column)
    }
    const depth = quotes + lists.length + (quotes > 0 ? items : 0) + directives
    if (depth > MAX_MARKDOWN_NESTING) {
      return {
        ruleId: 'markdown-nesting',
        message: `the text is nested ${depth > 999 ? 'thousands of' : depth} levels deep here (quotes, lists or ::: blocks); at most ${MAX_MARKDOWN_NESTING} levels can be laid out`,
        position: { line: index + 1, column: 1 },
      }
    }
  }
  return undefined
}

/** The first node deeper than MAX_MARKDOWN_TREE_DEPTH (e.g. emphasis inside emphasis hundreds deep). */
function findDeepNode(tree: Node): MarkdownProblem | undefined {
  const stack: [Node, number][] = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_MARKDOWN_TREE_DEPTH) {
      return {
        ruleId: 'markdown-nesting',
        message: `the text is nested more than ${MAX_MARKDOWN_TREE_DEPTH} levels deep here (emphasis, links, lists or quotes inside each other); simplify it`,
        position: startOf(node),
      }
    }
    const children = (node as Parent).children
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1])
  }
  return undefined
}

/** HTML blocks that only end at a closing marker (CommonMark kinds 1–5): left open, they run to the end of the document. */
const HTML_ENDS: [RegExp, RegExp, string][] = [
  [/^<(pre|script|style|textarea)(?=[\s>]|$)/i, /<\/(pre|script|style|textarea)>/i, 'closing tag'],
  [/^<!--/, /-->/, '-->'],
  [/^<\?/, /\?>/, '?>'],
  [/^<!\[CDATA\[/, /\]\]>/, ']]>'],
  [/^<![A-Za-z]/, />/, '>'],
]

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'containerDirective', 'footnoteDefinition'])

function findUnclosed(tree: Node, text: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = []
  const stack: [Node, string][] = [[tree, '']]
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!
    const source = sourceOf(node, text)
    if (node.type === 'code' && source !== undefined) {
      const lines = source.split('\n').map(stripContainerPrefix)
      const fence = FENCE.exec(lines[0] ?? '')?.[1]
      const closing = fence ? new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`) : undefined
      if (fence && closing && !(lines.length > 1 && closing.test(lines.at(-1)!))) {
        problems.push({
          ruleId: 'unclosed-code-block',
          message: `the code block that starts here with ${fence} is never closed: add a line ${fence} where it ends (otherwise everything after it, the following chapters included, would show as code)`,
          position: startOf(node),
        })
      }
    }
    if (node.type === 'containerDirective' && source !== undefined) {
      const lines = source.split('\n').map(stripContainerPrefix)
      if (!(lines.length > 1 && DIRECTIVE_CLOSE.test(lines.at(-1)!))) {
        const name = (node as Node & { name?: string }).name ?? ''
        problems.push({
          ruleId: 'unclosed-directive',
          message: `the :::${name} block that starts here is never closed: add a line ::: where it ends (otherwise everything after it, the following chapters included, would be inside it)`,
          position: startOf(node),
        })
      }
    }
    // Only HTML blocks run on; inline HTML (`<script>` inside a paragraph) ends with its paragraph.
    if (node.type === 'html' && FLOW_PARENTS.has(parent)) {
      const value = String((node as Node & { value?: string }).value ?? '')
      const kind = HTML_ENDS.find(([start]) => start.test(value))
      if (kind && !kind[1].test(value)) {
        problems.push({
          ruleId: 'unclosed-html',
          message: `the HTML ${value.startsWith('<!--') ? 'comment' : 'block'} that starts here is never closed (no ${kind[2]}): everything after it, the following chapters included, would disappear`,
          position: startOf(node),
        })
      }
    }
    const children = (node as Parent).children
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node.type])
  }
  return problems
}

function stripContainerPrefix(line: string): string {
  return line.replace(/^[ \t>]*/, '')
}

function sourceOf(node: Node, text: string): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : text.slice(start, end)
}

function startOf(node: Node): SourcePosition {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}
