import { Plan } from '../model/index.js'
import { simplifyIssues } from './simplify-issues.js'
import { DEFAULT_MESSAGE, translateIssue, type Problem } from './translate-issue.js'

export type Validation = { ok: true; plan: Plan } | { ok: false; problems: Problem[] }

/**
 * Checks plain data against the plan schema. zod's own default messages are replaced by a marker
 * (a per-parse error map ranks below messages written in the schema) so that translateIssue can
 * tell the schema author's hints from zod's generic wording, which it rewrites.
 */
export function validatePlan(data: unknown): Validation {
  const result = Plan.safeParse(data, { error: () => DEFAULT_MESSAGE })
  if (result.success) return { ok: true, plan: result.data }
  const context = { root: Plan, data }
  const problems = simplifyIssues(result.error.issues, Plan, data).flatMap((issue) => translateIssue(issue, context))
  return { ok: false, problems: dropMissingExplainedByTypos(dedupe(problems)) }
}

/** `labl: x` is one mistake, not two: the unknown key's "did you mean 'label'?" covers the missing `label`. */
function dropMissingExplainedByTypos(problems: Problem[]): Problem[] {
  const explained = new Set(
    problems
      .filter((p) => p.ruleId === 'unknown-key' && p.key !== undefined)
      .map((p) => JSON.stringify([...p.path.slice(0, -1), p.key])),
  )
  return problems.filter((p) => p.ruleId !== 'missing-key' || !explained.has(JSON.stringify([...p.path, p.key])))
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.path, problem.anchor, problem.ruleId, problem.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
