import { positionAt } from './position-at.js'
import type { SourcePosition } from './types.js'

/**
 * The marker `vplan init` puts where a person must write or fill in something. It is visible in
 * the PDF and on the page, and `vplan check` warns at every one left, so a plan cannot be adopted
 * with one by mistake.
 */
export const PLACEHOLDER_PREFIX = 'Platshållare:'
const PLACEHOLDER = /\[Platshållare:[^\]\n]*\]/g

export interface Placeholder {
  position: SourcePosition
  text: string
}

/** Every placeholder in a file's text (plan.yaml or a chapter), where it stands. */
export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ position: positionAt(text, m.index), text: m[0] }))
}
