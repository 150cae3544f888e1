import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Handlebars from 'handlebars'
import { vi } from 'vitest'
import { composeDocument, withPrecompiled, type TemplateSet } from '../../../src/compose/index.js'
import { precompiledTemplatesModule } from '../../../src/compose/precompile-template-set.js'
import { derivePlan } from '../../../src/derive/index.js'
import { loadPlan } from '../../../src/load/index.js'
import { loadTemplateSet } from '../../../src/load/load-template-set.js'
import { providePrecompiledTemplates, type PrecompiledTable } from '../../../src/compose/precompiled-provider.js'
import { resolveTemplates } from '../../../src/pipeline/resolve-templates.js'

export const SHIPPED = path.resolve('templates')
export const SET_NAMES = ['default', 'knivsta', 'danderyd']

/**
 * What the bundle does: generates the module scripts/precompile-templates.js writes, for the
 * templates in `roots`' first folder, and makes resolveTemplates attach it.
 */
export async function usePrecompiled(templatesDir = SHIPPED): Promise<{ left: string[] }> {
  const sets: TemplateSet[] = []
  for (const name of SET_NAMES) sets.push(await loadTemplateSet(name, [templatesDir]))
  const { source, left } = precompiledTemplatesModule(sets)
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-precompiled-')), 'precompiled-templates.mjs')
  writeFileSync(file, source)
  providePrecompiledTemplates(() => import(pathToFileURL(file).href))
  return { left }
}

/** One set precompiled as the build does it, attached as resolveTemplates attaches it. */
export async function withBuildTimeCompilation(set: TemplateSet): Promise<TemplateSet> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-precompiled-')), 'precompiled-templates.mjs')
  writeFileSync(file, precompiledTemplatesModule([set]).source)
  const table = (await import(pathToFileURL(file).href)) as { default: PrecompiledTable }
  return withPrecompiled(set, table.default[set.name]!)
}

export function stopUsingPrecompiled(): void {
  providePrecompiledTemplates(undefined)
}

/**
 * Counts what compose asks of Handlebars: parse is what checkTemplates runs, compile a template
 * (or a partial, at its first use) compiled at run time, template one built from compiled code
 * (precompiled, or by compile itself).
 */
export function countHandlebars(): { parse: number; compile: number; template: number } {
  const counts = { parse: 0, compile: 0, template: 0 }
  const parse = Handlebars.parse.bind(Handlebars)
  vi.spyOn(Handlebars, 'parse').mockImplementation((...args) => {
    counts.parse++
    return parse(...args)
  })
  const create = Handlebars.create.bind(Handlebars)
  vi.spyOn(Handlebars, 'create').mockImplementation(() => {
    const hb = create()
    const compile = hb.compile.bind(hb)
    const template = hb.template.bind(hb)
    hb.compile = ((...args: Parameters<typeof compile>) => (counts.compile++, compile(...args))) as typeof compile
    hb.template = ((...args: Parameters<typeof template>) => (counts.template++, template(...args))) as typeof template
    return hb
  })
  return counts
}

/** Loads a plan and composes it with the named template folder, as `vplan build` does. */
export async function composePlan(planDir: string, templatesDir = SHIPPED) {
  const loaded = await loadPlan(planDir)
  const templates = await resolveTemplates(loaded.plan.meta.template, [templatesDir])
  const { derived } = derivePlan(loaded.plan)
  const composed = composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived, templates, composedFile: 'out/plan.md' })
  return { templates, composed }
}
