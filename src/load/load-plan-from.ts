import path from 'node:path'
import { isMap } from 'yaml'
import { diagnosticAt, hasErrors, VplanError, type Diagnostic } from '../diagnostics/index.js'
import { checkYamlMarkdown } from './check-yaml-markdown.js'
import { decodeText } from './decode-text.js'
import { findControlCharacter } from './find-control-character.js'
import { createLocator } from './locate-in-document.js'
import { parsePlanYaml } from './parse-plan-yaml.js'
import { readNarratives, tooLargeMessage } from './read-narratives.js'
import { readPlanFile } from './read-plan-file.js'
import { toPlainData } from './to-plain-data.js'
import type { LoadedPlan, PlanReader } from './types.js'
import { validatePlan } from './validate-plan.js'

const FIRST = { line: 1, column: 1 }

/**
 * Loads a plan through a reader (a folder on disk, a git revision). Every problem becomes a
 * positioned diagnostic; if any is an error, one VplanError('input') carries them all.
 */
export async function loadPlanFrom(id: string, displayDir: string, reader: PlanReader): Promise<LoadedPlan> {
  const planFile = path.join(displayDir, 'plan.yaml')
  const fail = (diagnostics: Diagnostic[]): never => {
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    throw new VplanError('input', `${planFile}: ${errors} ${errors === 1 ? 'error' : 'errors'}`, sortDiagnostics(diagnostics))
  }
  const at = (ruleId: string, message: string, position = FIRST) => diagnosticAt(planFile, position, 'error', ruleId, message)

  const read = await readPlanFile(reader, 'plan.yaml')
  if (read.kind === 'escape') return fail([at('path-escape', 'plan.yaml is a link to a file outside the plan folder (it was not read)')])
  if (read.kind === 'missing') return fail([at('missing-file', `no plan.yaml in ${displayDir}`)])
  if (read.kind === 'unreadable') return fail([at('unreadable-file', `cannot read plan.yaml (${read.reason})`)])
  if (read.kind === 'too-large') return fail([at('file-too-large', tooLargeMessage(read.size))])
  const decoded = decodeText(read.bytes)
  if (!decoded.ok) return fail([at(decoded.ruleId, decoded.message, decoded.position)])
  // YAML accepts control characters in strings; they would reach the page invisibly.
  const control = findControlCharacter(decoded.text)
  if (control) return fail([at('control-character', control.message, control.position)])
  if (decoded.text.trim() === '') return fail([at('empty-plan', 'plan.yaml is empty; start from a plan under plans/')])

  const { doc, lineCounter, problems } = parsePlanYaml(decoded.text)
  const located = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const diagnostics = problems.map((p) => diagnosticAt(planFile, located(p.offset), p.severity, p.ruleId, p.message))
  if (hasErrors(diagnostics)) return fail(diagnostics)
  if (doc.contents === null) return fail([...diagnostics, at('empty-plan', 'plan.yaml holds only comments; it needs meta: and document:')])
  if (!isMap(doc.contents)) {
    const start = located(doc.contents.range?.[0] ?? 0)
    return fail([...diagnostics, at('not-a-mapping', 'plan.yaml must be a mapping of keys (meta:, document:, ...), not a list or a single value', start)])
  }
  const plain = toPlainData(doc)
  if (!plain.ok) return fail([...diagnostics, at(plain.ruleId, plain.message, located(plain.offset))])

  const locator = createLocator(doc, lineCounter)
  const validation = validatePlan(plain.data)
  if (!validation.ok) {
    for (const problem of validation.problems) {
      const position = problem.anchor === 'key' ? locator.key(problem.path) : locator.value(problem.path)
      diagnostics.push(diagnosticAt(planFile, position, 'error', problem.ruleId, problem.message))
    }
  }
  const { narratives, diagnostics: fileProblems } = await readNarratives(plain.data, {
    reader,
    planFile,
    displayDir,
    locate: locator.value,
  })
  diagnostics.push(...fileProblems)
  if (!validation.ok || hasErrors(diagnostics)) return fail(diagnostics)
  // Markdown written in plan.yaml (parts, descriptions) is checked like the chapter files.
  diagnostics.push(...checkYamlMarkdown(validation.plan, decoded.text, locator.value).map((p) => diagnosticAt(planFile, p.position, 'error', p.ruleId, p.message)))
  if (hasErrors(diagnostics)) return fail(diagnostics)

  return {
    id,
    dir: path.resolve(displayDir),
    planFile,
    plan: validation.plan,
    narratives,
    locate: (dataPath) => locator.value(dataPath),
    warnings: sortDiagnostics(diagnostics),
  }
}

/** plan.yaml first, then by position: the order an editor fixes things in. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const aPlan = a.file.endsWith('plan.yaml') ? 0 : 1
    const bPlan = b.file.endsWith('plan.yaml') ? 0 : 1
    return aPlan - bPlan || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
  })
}
