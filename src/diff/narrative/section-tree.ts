import { AREA_LABELS } from '../area-labels.js'
import type { NodeInput } from '../match/build-nodes.js'
import type { NarrativeSection } from './types.js'

/** Sections as matchable nodes: the heading is the label, the text recognises a renamed heading. */
export function sectionInputs(sections: readonly NarrativeSection[]): NodeInput<NarrativeSection>[] {
  return sections.map((section, i) => ({
    item: section,
    kind: 'section',
    label: section.heading,
    parent: section.parent,
    fingerprint: section.blocks.map((block) => block.norm).join('\n'),
    // The untitled text before the first heading is always there; it is never added or removed.
    synthetic: i === 0,
  }))
}

/** Display paths: "Text" and the chain of headings down to the section. */
export function sectionPaths(sections: readonly NarrativeSection[]): string[][] {
  const paths: string[][] = []
  sections.forEach((section, i) => {
    const parent = section.parent === -1 ? [AREA_LABELS.narrative] : paths[section.parent]!
    paths.push(i === 0 ? [AREA_LABELS.narrative] : [...parent, section.heading])
  })
  return paths
}
