import type { Plan } from '../model/index.js'
import { checkMarkdown, type MarkdownProblem } from './check-markdown.js'
import type { DataPath, SourcePosition } from './types.js'

/** Every Markdown-typed value in plan.yaml, with its data path. */
export function* markdownFields(plan: Plan): Generator<[DataPath, string]> {
  for (const [i, part] of plan.document.entries()) if ('markdown' in part) yield [['document', i, 'markdown'], part.markdown]
  for (const [g, goal] of plan.goals.entries()) {
    const goalPath = ['goals', g] as const
    if (goal.description) yield [[...goalPath, 'description'], goal.description]
    yield* indicatorDescriptions(goal.indicatorTables, [...goalPath, 'indicatorTables'])
    for (const [b, board] of goal.boardGoals.entries()) {
      const boardPath = [...goalPath, 'boardGoals', b] as const
      if (board.description) yield [[...boardPath, 'description'], board.description]
      if (board.indicatorNotes) yield [[...boardPath, 'indicatorNotes'], board.indicatorNotes]
      yield* indicatorDescriptions(board.indicatorTables, [...boardPath, 'indicatorTables'])
    }
  }
}

function* indicatorDescriptions(tables: Plan['goals'][number]['indicatorTables'], path: DataPath): Generator<[DataPath, string]> {
  for (const [t, table] of tables.entries()) {
    for (const [r, row] of table.rows.entries()) if (row.description) yield [[...path, t, 'rows', r, 'description'], row.description]
  }
}

/**
 * checkMarkdown for the Markdown in plan.yaml, positioned in plan.yaml: inside a block scalar
 * (`description: |`) at the very line and column, elsewhere at the value.
 */
export function checkYamlMarkdown(plan: Plan, yamlText: string, locate: (path: DataPath) => SourcePosition): MarkdownProblem[] {
  const lines = yamlText.split('\n')
  const problems: MarkdownProblem[] = []
  for (const [path, text] of markdownFields(plan)) {
    for (const problem of checkMarkdown(text)) {
      problems.push({ ...problem, position: positionInValue(lines, locate(path), problem.position) })
    }
  }
  return problems
}

export function positionInValue(lines: readonly string[], value: SourcePosition, inner: SourcePosition): SourcePosition {
  const start = lines[value.line - 1]?.slice(value.column - 1) ?? ''
  if (/^[|>]/.test(start)) {
    // Block scalar: the text starts on the next line, every line indented alike.
    const line = value.line + inner.line
    const indent = /^ */.exec(lines[line - 1] ?? '')![0].length
    return { line, column: indent + inner.column }
  }
  if (inner.line === 1) return { line: value.line, column: value.column + inner.column - 1 + (/^["']/.test(start) ? 1 : 0) }
  return value
}
