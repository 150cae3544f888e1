import Handlebars from 'handlebars'
import type { Diagnostic } from '../diagnostics/index.js'
import { checkTemplates } from './check-templates.js'
import { HELPER_NAMES, TEMPLATE_HELPERS } from './helpers.js'
import { COMPILE_OPTIONS, templateSourcesHash } from './template-hash.js'
import { precompiledOf, type PrecompiledTemplates } from './precompiled-set.js'
import type { TemplateSet } from '../model/index.js'

export type Render = Handlebars.TemplateDelegate

/** Compiled templates per template set: compiling is the cost, rendering is cheap. */
const compiled = new WeakMap<TemplateSet, Render>()

/**
 * The set's document template, ready to render, or the problems checkTemplates found. A set
 * whose build-time compilation matches its sources skips the check and the compile: it passed
 * the same check, with the same helpers and Handlebars, when it was precompiled.
 */
export function compileTemplates(set: TemplateSet): { diagnostics: Diagnostic[]; render?: Render } {
  const cached = compiled.get(set)
  if (cached) return { diagnostics: [], render: cached }
  const precompiled = matchingPrecompiled(set)
  if (precompiled) {
    const render = fromPrecompiled(precompiled)
    compiled.set(set, render)
    return { diagnostics: [], render }
  }
  const diagnostics = checkTemplates(set, HELPER_NAMES)
  if (diagnostics.length > 0) return { diagnostics }
  const hb = environment()
  for (const [name, source] of Object.entries(set.partials)) hb.registerPartial(name, source.text)
  const render = hb.compile(set.document.text, { ...COMPILE_OPTIONS })
  compiled.set(set, render)
  return { diagnostics, render }
}

function matchingPrecompiled(set: TemplateSet): PrecompiledTemplates | undefined {
  const precompiled = precompiledOf(set)
  return precompiled && precompiled.hash === templateSourcesHash(set) ? precompiled : undefined
}

function fromPrecompiled(precompiled: PrecompiledTemplates): Render {
  const hb = environment()
  for (const [name, spec] of Object.entries(precompiled.partials)) hb.registerPartial(name, hb.template(spec))
  return hb.template(precompiled.document)
}

/** A Handlebars of the set's own, so that its partials never meet another set's. */
function environment(): typeof Handlebars {
  const hb = Handlebars.create()
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) hb.registerHelper(name, helper)
  return hb
}
