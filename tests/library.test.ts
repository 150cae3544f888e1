import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildPlan, diffPlans, formatDiagnostic, loadPlan, renderDiffText, resolveTemplates, snapshotOf, VplanError } from '../src/index.js'

const SEED = 'plans/knivsta-sn-2024'

describe('the library entry (src/index.ts)', () => {
  test('builds a seed plan to the same Markdown and HTML as `vplan build`', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'vplan-library-'))
    execFileSync(process.execPath, ['bin/vplan.js', 'build', SEED, '--format', 'md,html', '--out', out], { stdio: 'pipe' })
    const loaded = await loadPlan(SEED)
    const templates = await resolveTemplates(loaded.plan.meta.template)
    const result = await buildPlan({ loaded, templates, formats: ['md', 'html'], composedFile: `out/${loaded.id}.md` })
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.outputs.md).toBe(readFileSync(path.join(out, `${loaded.id}.md`), 'utf8'))
    expect(result.outputs.html).toBe(readFileSync(path.join(out, `${loaded.id}.html`), 'utf8'))
  })

  test('diffs two drafts and reports the changed figure', async () => {
    const draft = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-library-')), 'knivsta-sn-2024')
    cpSync(SEED, draft, { recursive: true })
    const yaml = readFileSync(path.join(draft, 'plan.yaml'), 'utf8')
    writeFileSync(path.join(draft, 'plan.yaml'), yaml.replace('title: Verksamhetsplan 2024', 'title: Verksamhetsplan 2025'))
    const diff = diffPlans(snapshotOf(await loadPlan(SEED)), snapshotOf(await loadPlan(draft)))
    expect(diff.equal).toBe(false)
    expect(renderDiffText(diff)).toContain('Verksamhetsplan 2025')
  })

  test('gives a broken plan as a VplanError with positioned diagnostics', async () => {
    const draft = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-library-')), 'broken')
    cpSync(SEED, draft, { recursive: true })
    writeFileSync(path.join(draft, 'plan.yaml'), 'meta:\n  title: [unclosed\n')
    const error = await loadPlan(draft).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).diagnostics.map(formatDiagnostic)[0]).toMatch(/plan\.yaml:\d+:\d+: error: /)
  })

  test('is what package.json exports as `vplan` and `vplan/stages` (compiled)', async () => {
    const entry = await import('vplan')
    const stages = await import('vplan/stages')
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['loadPlan', 'buildPlan', 'diffPlans', 'resolveTemplates', 'VplanError']))
    expect(Object.keys(stages)).toEqual(expect.arrayContaining(['derivePlan', 'composeDocument', 'parseDocument', 'renderHtml', 'renderPdf']))
  })
})
