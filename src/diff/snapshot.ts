import type { Plan } from '../model/index.js'
import { findImageUses, type LoadedPlan } from '../load/index.js'

/** A narrative text in document order: a Markdown file, or an inline `markdown:` part. */
export interface NarrativeText {
  /** The `file:` value, or `plan.yaml#document[N]` for an inline part. */
  source: string
  text: string
}

/** An image as a draft shows it: its address, its alt texts (one per use) and its content's hash. */
export interface ImageFact {
  url: string
  alts: string[]
  hash: string
}

/** What the diff compares: the validated plan, its narrative texts in document order, its images. */
export interface PlanSnapshot {
  id: string
  plan: Plan
  narratives: NarrativeText[]
  /** In the order the Markdown first shows them; absent for snapshots made without the files. */
  images?: ImageFact[]
  /** SHA-256 of the logo file (meta.logo), when the plan names one. */
  logoHash?: string | undefined
}

export function snapshotOf(loaded: LoadedPlan): PlanSnapshot {
  const narratives = narrativesOf(loaded.plan, loaded.narratives)
  return { id: loaded.id, plan: loaded.plan, narratives, images: imagesOf(narratives, loaded.images), logoHash: loaded.logo?.hash }
}

function imagesOf(narratives: readonly NarrativeText[], images: LoadedPlan['images']): ImageFact[] {
  const facts = new Map<string, ImageFact>()
  for (const narrative of narratives) {
    for (const use of findImageUses(narrative.text)) {
      const image = images.get(use.url)
      if (!image) continue
      const fact = facts.get(use.url) ?? { url: use.url, alts: [], hash: image.hash }
      fact.alts.push(use.alt)
      facts.set(use.url, fact)
    }
  }
  return [...facts.values()]
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
