import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hasErrors, formatDiagnostic } from '../../../src/diagnostics/index.js'
import { loadPlan } from '../../../src/load/index.js'
import { buildPlan } from '../../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../../src/load/load-template-set.js'

export const PLANS = ['knivsta-sn-2024', 'danderyd-sn-2024'] as const

/**
 * Builds the real plans' page and CMS fragment into a fresh temporary folder, as
 * `vplan build --format html --fragment` does, so the tests never read a stale out/.
 */
export async function buildPages(ids: readonly string[] = PLANS): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vplan-browser-'))
  for (const id of ids) {
    const loaded = await loadPlan(path.join('plans', id))
    const templates = await loadTemplateSet(loaded.plan.meta.template)
    const result = await buildPlan({ loaded, templates, formats: ['html'], fragment: true, composedFile: `out/${id}.md` })
    if (hasErrors(result.diagnostics)) throw new Error(`${id} does not build:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`)
    await writeFile(path.join(dir, `${id}.html`), result.outputs.html!)
    await writeFile(path.join(dir, `${id}.fragment.html`), result.outputs.fragment!)
  }
  return dir
}
