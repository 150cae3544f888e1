import { precompiledTemplates, withPrecompiled, type TemplateSet } from '../compose/index.js'
import { loadTemplateSet, templateRoots, type LoadedPlan, type TemplateRequest } from '../load/index.js'

/**
 * The templates a plan asks for (`meta.template`), shared by `build`, `serve` and serve's PDF
 * thread. Each set is read once and kept until `forget` (serve calls it when a template file
 * changed); an unknown or broken template is an input error positioned at `template:` in
 * plan.yaml or in the template's own file.
 */
export interface TemplateResolver {
  resolve(loaded: LoadedPlan): Promise<TemplateSet>
  forget(): void
}

export function createTemplateResolver(roots: readonly string[] = templateRoots()): TemplateResolver {
  let sets = new Map<string, Promise<TemplateSet>>()
  return {
    resolve(loaded) {
      const name = loaded.plan.meta.template
      let set = sets.get(name)
      if (!set) {
        set = resolveTemplates(name, roots, { file: loaded.planFile, position: loaded.locate(['meta', 'template']) })
        // Only a set that loaded is kept: a fixed template.json is read again on the next build.
        set.catch(() => sets.get(name) === set && sets.delete(name))
        sets.set(name, set)
      }
      return set
    },
    forget() {
      sets = new Map()
    },
  }
}

/**
 * Reads a set and attaches its build-time compiled templates, when the CLI bundle carries them.
 * By name only: compose compares their hash with the texts read here before it trusts them.
 */
export async function resolveTemplates(name: string, roots: readonly string[] = templateRoots(), requestedAt?: TemplateRequest): Promise<TemplateSet> {
  const [set, table] = await Promise.all([loadTemplateSet(name, roots, requestedAt), precompiledTemplates()])
  const precompiled = table && Object.hasOwn(table, name) ? table[name] : undefined
  return precompiled ? withPrecompiled(set, precompiled) : set
}
