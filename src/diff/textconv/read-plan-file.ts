import { parse } from 'yaml'
import { Plan } from '../../model/index.js'

/**
 * Reads a lone plan.yaml (what git hands a diff driver: a temporary copy, no narrative files
 * beside it). Undefined when it is not a valid plan, so the caller can fall back to the text.
 */
export function readPlanText(text: string): Plan | undefined {
  try {
    const result = Plan.safeParse(parse(text.replace(/^\uFEFF/, '')))
    return result.success ? result.data : undefined
  } catch {
    return undefined
  }
}
