import type { Change } from './types.js'
import type { WorkBudget } from './work-budget.js'

/** What the area differs share while they walk two drafts: the work bound and the output. */
export interface DiffContext {
  budget: WorkBudget
  changes: Change[]
}

export function emit(context: DiffContext, change: Change | undefined): void {
  if (change) context.changes.push(change)
}
