import type { Plan } from '../model/index.js'
import type { LoadedPlan } from '../load/index.js'

/** A narrative text in document order: a Markdown file, or an inline `markdown:` part. */
export interface NarrativeText {
  /** The `file:` value, or `plan.yaml#document[N]` for an inline part. */
  source: string
  text: string
}

/** What the diff compares: the validated plan and its narrative texts in document order. */
export interface PlanSnapshot {
  id: string
  plan: Plan
  narratives: NarrativeText[]
}

export function snapshotOf(loaded: LoadedPlan): PlanSnapshot {
  return { id: loaded.id, plan: loaded.plan, narratives: narrativesOf(loaded.plan, loaded.narratives) }
}

/** Builds a snapshot from a plan and a lookup of its files, e.g. in tests or from git. */
export function narrativesOf(plan: Plan, files: ReadonlyMap<string, { text: string }>): NarrativeText[] {
  const narratives: NarrativeText[] = []
  plan.document.forEach((part, index) => {
    if ('file' in part) {
      const text = files.get(part.file)?.text
      // The loader reports a missing file; a snapshot just has nothing to compare there.
      if (text !== undefined) narratives.push({ source: part.file, text })
    } else if ('markdown' in part) {
      narratives.push({ source: `plan.yaml#document[${index}]`, text: part.markdown })
    }
  })
  return narratives
}
