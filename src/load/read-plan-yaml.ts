import { isMap } from 'yaml'
import type { Severity } from '../diagnostics/index.js'
import { TextKeyedCache } from '../cache/index.js'
import { MAX_FILE_BYTES } from './limits.js'
import { createLocator, type Locator } from './locate-in-document.js'
import { parsePlanYaml } from './parse-plan-yaml.js'
import { toPlainData } from './to-plain-data.js'
import type { SourcePosition } from './types.js'
import { validatePlan, type Validation } from './validate-plan.js'

/** A problem in plan.yaml, positioned; the loader names the file. */
export interface PlanYamlProblem {
  position: SourcePosition
  severity: Severity
  ruleId: string
  message: string
}

export type PlanYaml =
  /** Unreadable as a plan: the problems, the last of them an error. */
  | { ok: false; problems: PlanYamlProblem[] }
  /** Read: YAML warnings, then what validation found (`validation.ok` false when it found errors). */
  | { ok: true; problems: PlanYamlProblem[]; data: unknown; locator: Locator; validation: Validation }

const FIRST = { line: 1, column: 1 }

/**
 * Results by text, so a rebuild after a chapter edit does not parse and validate an unchanged
 * plan.yaml again (7–17 ms for the seeds). The parsed document keeps its source tokens, about
 * 50 bytes of heap per character: the bound, the largest plan.yaml the loader reads, holds the
 * plan being edited whatever its size, or many versions of a plan the size of the seeds.
 */
const cache = new TextKeyedCache<PlanYaml>(MAX_FILE_BYTES)

/**
 * plan.yaml's text → its data, validated, with positioned problems. Kept by text: the result is
 * shared between loads, so callers must not change it (the loader hands out a copy of the plan).
 */
export function readPlanYaml(text: string): PlanYaml {
  return cache.getOrCompute(text, readUncached)
}

function readUncached(text: string): PlanYaml {
  const { doc, lineCounter, problems: yamlProblems } = parsePlanYaml(text)
  const located = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problems: PlanYamlProblem[] = yamlProblems.map((p) => ({ position: located(p.offset), severity: p.severity, ruleId: p.ruleId, message: p.message }))
  const refuse = (ruleId: string, message: string, position: SourcePosition = FIRST): PlanYaml => ({
    ok: false,
    problems: [...problems, { position, severity: 'error', ruleId, message }],
  })
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems }
  if (doc.contents === null) return refuse('empty-plan', 'plan.yaml holds only comments; it needs meta: and document:')
  if (!isMap(doc.contents)) {
    return refuse('not-a-mapping', 'plan.yaml must be a mapping of keys (meta:, document:, ...), not a list or a single value', located(doc.contents.range?.[0] ?? 0))
  }
  const plain = toPlainData(doc)
  if (!plain.ok) return refuse(plain.ruleId, plain.message, located(plain.offset))

  const locator = createLocator(doc, lineCounter)
  const validation = validatePlan(plain.data)
  if (!validation.ok) {
    for (const problem of validation.problems) {
      const position = problem.anchor === 'key' ? locator.key(problem.path) : locator.value(problem.path)
      problems.push({ position, severity: 'error', ruleId: problem.ruleId, message: problem.message })
    }
  }
  return { ok: true, problems, data: plain.data, locator, validation }
}
