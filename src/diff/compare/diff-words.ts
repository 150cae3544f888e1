import { diffWordsWithSpace } from 'diff'
import type { WordPart } from '../types.js'
import { DEFAULT_LIMITS, type WorkBudget } from '../work-budget.js'

/** Below this share of unchanged characters a word diff is noise: show a whole replacement. */
const MIN_KEPT_SHARE = 0.35

/**
 * Word-level changes between two texts (jsdiff `diffWordsWithSpace`), or null when the texts
 * are too long for the work bound, jsdiff gives up within `wordEdits`, or so little is kept that
 * a reader is better served by the old and the new text side by side.
 */
export function diffWords(before: string, after: string, budget: WorkBudget): WordPart[] | null {
  if (before === after) return [{ op: 'equal', text: after }]
  const tokens = countTokens(before) + countTokens(after)
  if (tokens > DEFAULT_LIMITS.wordTokens) return refuse(budget)
  if (!budget.spend(tokens)) return null
  const changes = diffWordsWithSpace(before, after, { maxEditLength: DEFAULT_LIMITS.wordEdits })
  if (!changes) return refuse(budget)
  const parts: WordPart[] = changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }))
  const kept = parts.reduce((sum, part) => sum + (part.op === 'equal' ? part.text.trim().length : 0), 0)
  if (kept < MIN_KEPT_SHARE * Math.max(before.trim().length, after.trim().length)) return null
  return parts
}

/** Words, punctuation and runs of space, as diffWordsWithSpace splits them (approximately). */
function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu)?.length ?? 0
}

function refuse(budget: WorkBudget): null {
  budget.refuse()
  return null
}
