/**
 * A bound on the work of one diff, counted in steps (alignment cells, word tokens, characters
 * compared), not in time, so tests can assert it. When a step would pass the limit the caller
 * degrades: a cheaper alignment, or a whole-paragraph replacement instead of a word diff.
 */
export class WorkBudget {
  steps = 0
  /** How many times a caller had to degrade because the budget (or a per-call cap) said no. */
  degraded = 0

  constructor(readonly limit: number = DEFAULT_LIMITS.total) {}

  /** Spends `cost` steps if they fit; otherwise counts a degradation and returns false. */
  spend(cost: number): boolean {
    if (this.steps + cost > this.limit) {
      this.degraded++
      return false
    }
    this.steps += cost
    return true
  }

  /** Records a degradation decided by a per-call cap. */
  refuse(): false {
    this.degraded++
    return false
  }
}

/**
 * The defaults, in one place. A few-hundred-page plan needs a few million steps; the total
 * stops a pathological pair of drafts at about a second of work.
 */
export const DEFAULT_LIMITS = {
  /** All the steps of one diff. */
  total: 60_000_000,
  /** Cells of one O(n·m) alignment (paragraphs of a section, unmatched rows for renames). */
  alignmentCells: 4_000_000,
  /** Tokens of one word diff (old + new); a longer pair is shown as a whole replacement. */
  wordTokens: 6_000,
  /** Edit distance (in tokens) jsdiff may explore in one word diff before giving up. */
  wordEdits: 600,
} as const
