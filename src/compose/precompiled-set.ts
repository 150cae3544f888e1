import type { TemplateSet } from '../model/index.js'

/** A set's templates as Handlebars.precompile writes them, ready for hb.template. */
export interface PrecompiledTemplates {
  /** templateSourcesHash of the sources they were compiled from, which checkTemplates passed. */
  hash: string
  document: TemplateSpecification
  partials: Record<string, TemplateSpecification>
}

/**
 * A template set that also carries its templates compiled at build time (the shipped sets, see
 * precompiled-provider.ts). Compose uses them only when their hash matches the
 * set's sources; an edited set is checked and compiled.
 */
export type PrecompiledTemplateSet = TemplateSet & { readonly precompiled: PrecompiledTemplates }

export function withPrecompiled(set: TemplateSet, precompiled: PrecompiledTemplates): PrecompiledTemplateSet {
  return { ...set, precompiled }
}

export function precompiledOf(set: TemplateSet): PrecompiledTemplates | undefined {
  return 'precompiled' in set ? (set as PrecompiledTemplateSet).precompiled : undefined
}
