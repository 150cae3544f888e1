import { LineCounter, parseDocument, type Document } from 'yaml'
import { describeDuplicateKey } from './describe-duplicate-key.js'

export interface YamlProblem {
  ruleId: 'yaml-syntax' | 'duplicate-key'
  severity: 'error' | 'warning'
  message: string
  offset: number
}

export interface ParsedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
  problems: YamlProblem[]
}

/** Messages of the `yaml` package that a plan editor would not understand as written. */
const REWORDED: Record<string, string> = {
  MULTIPLE_DOCS: "plan.yaml must hold a single YAML document: remove the '---' line",
  RESOURCE_EXHAUSTION: 'the YAML is nested too deeply to read',
  // "Nested mappings are not allowed in compact mappings": usually a key indented deeper than its siblings.
  BLOCK_AS_IMPLICIT_KEY:
    "a line below this value is indented deeper than its key, or the value holds ': ': keys of one mapping start in the same column (check the indentation), and a text with ': ' in it needs quotes",
}

/**
 * Parses plan.yaml keeping source positions. Only the first syntax error is reported because the
 * parser's recovery makes later ones echoes of it; every duplicate key is its own mistake.
 */
export function parsePlanYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter,
    keepSourceTokens: true,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
    // 'warn' would print Node warnings (e.g. for collection keys) to stderr; 'silent' would also
    // drop the error for a second document, so 'error' it is.
    logLevel: 'error',
  })
  const problems: YamlProblem[] = []
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY')
  const first = syntax[0]
  if (first) problems.push(unclosedQuote(text, first.code, first.message, first.pos[0]) ?? toProblem(first.code, first.message, first.pos[0], 'error'))
  for (const e of doc.errors) {
    if (e.code !== 'DUPLICATE_KEY') continue
    problems.push(toProblem(e.code, describeDuplicateKey(doc, lineCounter, e.pos[0]), e.pos[0], 'error'))
  }
  for (const w of doc.warnings) problems.push(toProblem(w.code, w.message, w.pos[0], 'warning'))
  return { doc, lineCounter, problems }
}

/**
 * yaml notices a missing closing quote where the text runs out, often lines later; the mistake is
 * at the opening quote, so that is where we point.
 */
function unclosedQuote(text: string, code: string, message: string, offset: number): YamlProblem | undefined {
  const quote = code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined
  const opening = quote ? text.lastIndexOf(quote, offset - 1) : -1
  if (!quote || opening === -1) return undefined
  return { ruleId: 'yaml-syntax', severity: 'error', message: `missing closing ${quote}: the quoted text that starts here never ends`, offset: opening }
}

function toProblem(code: string, message: string, offset: number, severity: YamlProblem['severity']): YamlProblem {
  return {
    ruleId: code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    severity,
    message: REWORDED[code] ?? (code === 'TAG_RESOLVE_FAILED' ? `${message.replace('Unresolved tag', 'unknown YAML tag')}; the value is read as plain text` : message),
    offset,
  }
}
