import { cp, mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VplanError } from '../../src/diagnostics/index.js'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { buildPlan } from '../../src/pipeline/build-plan.js'
import { copyImagePlan } from '../support/image-plan.js'
import { makeBarChartPng } from '../support/make-png.js'

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url))

/** A template root with `templates/exempel/` over the shipped default: numbered figures and a logo. */
async function exampleTemplate(logo: string | Buffer, json: Record<string, unknown> = { figureNumbers: true, logo: 'logotyp.png' }) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'vplan-templates-'))
  await cp(path.join(TEMPLATES, 'default'), path.join(root, 'default'), { recursive: true })
  await mkdir(path.join(root, 'exempel'))
  await writeFile(path.join(root, 'exempel', 'template.json'), JSON.stringify(json, null, 2) + '\n')
  await writeFile(path.join(root, 'exempel', 'logotyp.png'), logo)
  return root
}

describe('a template with figure numbers and a logo', () => {
  it('numbers the captioned figures in both outputs and shows its logo when the plan has none', async () => {
    const dir = await copyImagePlan()
    const yaml = path.join(dir, 'plan.yaml')
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('  logo: bilder/logotyp.svg\n', '  template: exempel\n'))
    const root = await exampleTemplate(makeBarChartPng(160, 40))
    const loaded = await loadPlan(dir)
    const templates = await loadTemplateSet('exempel', [root])
    expect(templates.logo).toMatchObject({ format: 'png', width: 160, height: 40 })
    const built = await buildPlan({ loaded, templates, formats: ['html', 'pdf'], composedFile: 'out.md' })
    expect(built.diagnostics).toEqual([])
    const html = built.outputs.html as string
    expect([...html.matchAll(/<figcaption>([^<]*)<\/figcaption>/g)].map((m) => m[1]!.replace(/\u00ad/g, ''))).toEqual([
      'Figur 1. Process för mål, uppdrag och uppföljning',
      'Figur 2. Andel nöjda brukare i hemtjänsten 2021–2024',
    ])
    expect(html).toMatch(/<img class="logo" src="data:image\/png;base64,[^"]+" width="160" height="40" alt="Exempelby kommun">/)
    const { readPdf } = await import('../render/pdf/read-pdf.js')
    const text = (await readPdf(built.outputs.pdf as Uint8Array)).pages.map((page) => page.text).join('\n')
    expect(text).toContain('Figur 1. Process för mål, uppdrag och uppföljning')
    expect(text).toContain('Figur 2. Andel nöjda brukare i hemtjänsten 2021–2024')
  }, 60_000)

  it('refuses a template logo outside its folder, at the logo key of template.json', async () => {
    const root = await exampleTemplate('x', { logo: '../../etc/logo.png' })
    const error = await loadTemplateSet('exempel', [root]).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).diagnostics.map((d) => [path.basename(d.file), d.line, d.column, d.ruleId])).toEqual([['template.json', 2, 3, 'path-escape']])
  })
})
