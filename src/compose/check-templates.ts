import Handlebars from 'handlebars'
import type { Diagnostic } from '../diagnostics/index.js'
import type { TemplateSet, TemplateSource } from '../model/index.js'

type Node = hbs.AST.Node
type Program = hbs.AST.Program

const BUILT_IN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log'])

/**
 * Checks a template set before it runs: syntax, helpers that do not exist, partials that do not
 * exist and partials that include themselves (directly or through others). Handlebars reports
 * the last three only at run time and without the template's file, so they are found here, where
 * every node still has its line and column.
 */
export function checkTemplates(set: TemplateSet, helpers: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const includes = new Map<string, { name: string; loc: hbs.AST.SourceLocation }[]>()
  const sources: [string, TemplateSource][] = [['(document)', set.document], ...Object.entries(set.partials)]
  for (const [name, source] of sources) {
    const ast = parseTemplate(source, diagnostics)
    if (!ast) continue
    const found: { name: string; loc: hbs.AST.SourceLocation }[] = []
    walk(ast, (node) => {
      const call = helperCall(node)
      if (call && !helpers.has(call.name) && !BUILT_IN_HELPERS.has(call.name)) {
        diagnostics.push(at(source, call.loc, 'template-helper', `unknown helper '${call.name}'`))
      }
      if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
        const partial = node as hbs.AST.PartialStatement
        const partialName = partial.name.type === 'PathExpression' ? (partial.name as hbs.AST.PathExpression).original : undefined
        if (partialName === undefined) return
        if (!(partialName in set.partials)) diagnostics.push(at(source, partial.loc, 'template-partial', `unknown partial '${partialName}'`))
        else found.push({ name: partialName, loc: partial.loc })
      }
    })
    includes.set(name, found)
  }
  for (const [name, source] of Object.entries(set.partials)) {
    const cycle = findCycle(name, includes)
    if (cycle) diagnostics.push(at(source, cycle.loc, 'template-recursion', `partial '${name}' includes itself (${cycle.path.join(' → ')})`))
  }
  return diagnostics
}

function parseTemplate(source: TemplateSource, diagnostics: Diagnostic[]): Program | undefined {
  try {
    return Handlebars.parse(source.text)
  } catch (error) {
    const { line, column, detail } = describeParseError(error)
    diagnostics.push({ file: source.file, line, column, severity: 'error', ruleId: 'template-syntax', message: `template syntax error: ${detail}` })
    return undefined
  }
}

/**
 * Handlebars says "if doesn't match each - 2:3" for a block closed by the wrong {{/name}} (with
 * the opening block's line and 0-based column as properties), and "Parse error on line 4: …
 * Expecting …, got 'EOF'" for the rest. Both are turned into a position and plain words.
 */
function describeParseError(error: unknown): { line: number; column: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error)
  const { lineNumber, column } = (error ?? {}) as { lineNumber?: unknown; column?: unknown }
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
  if (mismatch && typeof lineNumber === 'number') {
    const [, open, close] = mismatch
    return {
      line: lineNumber,
      column: typeof column === 'number' ? column + 1 : 1,
      detail: `{{#${open}}} is closed by {{/${close}}}: close it with {{/${open}}} first`,
    }
  }
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1)
  const last = message.split('\n').at(-1) ?? message
  const detail = /got 'EOF'$/.test(last) ? 'the template ends inside a block: a {{#…}} has no {{/…}}' : last
  return { line, column: 1, detail }
}

function helperCall(node: Node): { name: string; loc: hbs.AST.SourceLocation } | undefined {
  if (node.type !== 'MustacheStatement' && node.type !== 'BlockStatement' && node.type !== 'SubExpression') return undefined
  const call = node as hbs.AST.MustacheStatement
  if (call.path.type !== 'PathExpression') return undefined
  const path = call.path as hbs.AST.PathExpression
  const isCall = node.type === 'SubExpression' || call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0
  const isBlockHelper = node.type === 'BlockStatement' && BUILT_IN_HELPERS.has(path.original)
  if (!isCall && !isBlockHelper) return undefined
  return { name: path.original, loc: node.loc }
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return
  if ('type' in node && typeof (node as Node).type === 'string') visit(node as Node)
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit))
    else if (value && typeof value === 'object') walk(value, visit)
  }
}

function findCycle(start: string, includes: Map<string, { name: string; loc: hbs.AST.SourceLocation }[]>) {
  const stack: { name: string; path: string[]; loc?: hbs.AST.SourceLocation }[] = [{ name: start, path: [start] }]
  const seen = new Set<string>()
  while (stack.length) {
    const { name, path, loc } = stack.pop()!
    for (const next of includes.get(name) ?? []) {
      if (next.name === start) return { path: [...path, start], loc: loc ?? next.loc }
      if (seen.has(next.name)) continue
      seen.add(next.name)
      stack.push({ name: next.name, path: [...path, next.name], loc: loc ?? next.loc })
    }
  }
  return undefined
}

function at(source: TemplateSource, loc: hbs.AST.SourceLocation, ruleId: string, message: string): Diagnostic {
  return { file: source.file, line: loc.start.line, column: loc.start.column + 1, severity: 'error', ruleId, message }
}
