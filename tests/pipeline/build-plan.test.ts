import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadPlan } from '../../src/load/index.js'
import { buildPlan } from '../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { buildSeedPlan } from '../support/build-seed.js'
import { makeBarChartPng } from '../support/make-png.js'

vi.mock('../../src/document/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/document/index.js')>()
  return { ...original, parseDocument: vi.fn(original.parseDocument) }
})
const { parseDocument } = await import('../../src/document/index.js')

describe('buildPlan', () => {
  it('gives a Markdown-only build the same Markdown as a full build, without parsing it', async () => {
    const full = await buildSeedPlan('danderyd-sn-2024', ['html', 'md'])
    expect(parseDocument).toHaveBeenCalledTimes(1)
    vi.mocked(parseDocument).mockClear()
    const mdOnly = await buildSeedPlan('danderyd-sn-2024', ['md'])
    expect(parseDocument).not.toHaveBeenCalled()
    expect(mdOnly.outputs.md).toBe(full.outputs.md)
    expect(Object.keys(mdOnly.outputs)).toEqual(['md'])
    expect(mdOnly.diagnostics).toEqual([])
  })

  it.each(['knivsta-sn-2024', 'danderyd-sn-2024'])('links the PDF it builds alongside from the page of %s, with its size', async (id) => {
    const built = await buildSeedPlan(id, ['pdf', 'html'])
    const kilobytes = Math.round((built.outputs.pdf as Uint8Array).byteLength / 1000)
    expect(built.outputs.html).toContain(`<a href="${id}.pdf" type="application/pdf">Ladda ned som PDF (${kilobytes} kB)</a>`)
    expect(Object.keys(built.outputs)).toEqual(['html', 'pdf'])
  }, 60_000)

  it('links no PDF when the build makes none, nor from the CMS fragment', async () => {
    const loaded = await loadPlan('plans/danderyd-sn-2024')
    const templates = await loadTemplateSet(loaded.plan.meta.template)
    const built = await buildPlan({ loaded, templates, formats: ['html', 'md'], fragment: true, composedFile: 'out.md' })
    expect(built.outputs.html).not.toContain('Ladda ned som PDF')
    expect(built.outputs.fragment).not.toContain('Ladda ned som PDF')
  })

  it('reports an image without alt text once, at its place, though both the HTML and the PDF show it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vplan-image-'))
    try {
      cpSync('plans/danderyd-sn-2024', dir, { recursive: true })
      const chapter = path.join(dir, 'kapitel/01-sammanfattning.md')
      const text = readFileSync(chapter, 'utf8')
      writeFileSync(chapter, `${text.trimEnd()}\n\n![](schema.png)\n`)
      writeFileSync(path.join(dir, 'schema.png'), makeBarChartPng(200, 100))
      const line = text.trimEnd().split('\n').length + 2
      const loaded = await loadPlan(dir)
      const templates = await loadTemplateSet(loaded.plan.meta.template)
      const result = await buildPlan({ loaded, templates, formats: ['html', 'pdf'], composedFile: 'out.md' })
      const images = result.diagnostics.filter((d) => /bild|image/i.test(d.message))
      expect(images.map((d) => [path.basename(d.file), d.line, d.column, d.ruleId])).toEqual([['01-sammanfattning.md', line, 1, 'image-alt']])
      expect(result.outputs.html).toContain('<div class="figure"><img src="data:image/png;base64,')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
