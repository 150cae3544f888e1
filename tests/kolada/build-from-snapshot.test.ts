import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildPlan, diffPlans, formatDiagnostic, loadPlan, renderDiffText, resolveTemplates, snapshotOf, VplanError } from '../../src/index.js'
import { updateKoladaSnapshot } from '../../src/kolada/index.js'
import { displayPath } from '../../src/load/index.js'
import { htmlPieces, pdfPages } from '../support/extract-text.js'
import { startFakeKolada, type FakeKolada } from './support/fake-kolada.js'
import { copyKnivsta, knivstaFromKolada, lineOf } from './support/plan-copy.js'

const NOW = new Date('2026-12-07T10:00:00Z')
const SOURCE = 'K = kvinnor, M = män. Källa: Kolada, hämtat 7 december 2026'
let kolada: FakeKolada

beforeAll(async () => {
  kolada = await startFakeKolada()
})
afterAll(async () => {
  await kolada.close()
})

async function fetched(edit: (yaml: string) => string, name?: string): Promise<string> {
  const dir = copyKnivsta(edit, name)
  await updateKoladaSnapshot({ dir, api: kolada.api, now: NOW, retryDelayMs: 5 })
  return dir
}

const loadError = async (dir: string) => {
  const error = await loadPlan(dir).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(VplanError)
  return (error as VplanError).diagnostics.map(formatDiagnostic)
}

describe('a build takes its Kolada values from kolada.yaml', () => {
  test("gives the seed's published values in the Markdown, the HTML and the PDF, with the source", async () => {
    const dir = await fetched(knivstaFromKolada)
    const loaded = await loadPlan(dir)
    expect(loaded.warnings).toEqual([])
    const templates = await resolveTemplates(loaded.plan.meta.template)
    const { outputs, diagnostics } = await buildPlan({ loaded, templates, formats: ['md', 'html', 'pdf'], composedFile: 'out/knivsta-sn-2024.md' })
    expect(diagnostics).toEqual([])
    const md = outputs.md as string
    expect(md).toContain(`note="${SOURCE}"`)
    expect(md).toContain('| Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%) · [U21468](https://www.kolada.se/verktyg/fri-sokning/?kpis=U21468) | – | 85 (K: 85, M: 85) | 94 (K: 92, M: 96) | Öka |')
    expect(md).toContain('[U23471](https://www.kolada.se/verktyg/fri-sokning/?kpis=U23471) | – | 69 | 79 | Öka |')
    // The table without Kolada cells (the board goal's own figures) has no source line.
    expect(md.match(/Källa: Kolada/g)).toHaveLength(1)

    // Soft hyphens ("de\u00adcem\u00adber") are the renderers' business, not the text's.
    const html = htmlPieces(outputs.html as string).map((p) => p.replace(/\u00ad/g, ''))
    for (const cell of ['–', '85 (K: 85, M: 85)', '94 (K: 92, M: 96)', '69', '79', SOURCE]) expect(html).toContain(cell)
    const pdf = (await pdfPages(outputs.pdf as Uint8Array)).flat().join(' ').replace(/\u00ad/g, '')
    for (const text of ['85 (K: 85, M: 85)', '94 (K: 92, M: 96)', 'Källa: Kolada, hämtat 7 december 2026']) expect(pdf).toContain(text)
  }, 60_000)

  test('the same plan and snapshot build the same bytes', async () => {
    const dir = await fetched(knivstaFromKolada)
    const build = async () => {
      const loaded = await loadPlan(dir)
      return (await buildPlan({ loaded, templates: await resolveTemplates('knivsta'), formats: ['md', 'html'], composedFile: 'out/k.md' })).outputs
    }
    expect(await build()).toEqual(await build())
  }, 30_000)

  test("a row without a name takes Kolada's title", async () => {
    const dir = await fetched((y) => knivstaFromKolada(y).replace('          - name: Brucarbedömning särskilt boende äldreomsorg (helhetssyn), andel (%)\n            kolada: U23471', '          - kolada: U23471'))
    const row = (await loadPlan(dir)).plan.goals[0]!.indicatorTables[0]!.rows[1]!
    expect(row.name).toBe('Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)')
    expect(row.values).toEqual([null, 69, 79])
  })

  test('a stated value that differs from the snapshot is a warning at the value', async () => {
    const dir = await fetched((y) => y.replace('{ total: 94, women: 92, men: 96 }', '{ total: 93, women: 92, men: 96 }').replace('values: [~, 69, 79]', 'values: [~, 70, 79]'))
    const warnings = (await loadPlan(dir)).warnings.map(formatDiagnostic)
    const file = `${displayPath(dir)}/plan.yaml`
    expect(warnings).toEqual([
      `${file}:${lineOf(dir, 'total: 93')}:26: warning: stated value 93 for 'Utfall 2023' differs from Kolada: U21468 has 94 in kolada.yaml (retrieved 2026-12-07) [kolada-mismatch]`,
      `${file}:${lineOf(dir, '[~, 70, 79]')}:25: warning: stated value 70 for 'Utfall 2022' differs from Kolada: U23471 has 69 in kolada.yaml (retrieved 2026-12-07) [kolada-mismatch]`,
    ])
  })

  test('a stated value where Kolada has none is a warning too; a figure rounded the plan\'s way is not', async () => {
    kolada.kpis.U23471!.years[2023] = { T: 79.3 }
    const dir = await fetched((y) => y.replace('values: [~, 69, 79]', 'values: [12, 69, 79]'))
    kolada.kpis.U23471!.years[2023] = { T: 79 }
    expect((await loadPlan(dir)).warnings.map((d) => d.message)).toEqual([
      "stated value 12 for 'Utfall 2021' differs from Kolada: U23471 has no value (Missing) in kolada.yaml (retrieved 2026-12-07)",
    ])
  })

  test('values: kolada without a snapshot is an error at the id', async () => {
    const dir = copyKnivsta(knivstaFromKolada)
    expect(await loadError(dir)).toEqual([
      `${displayPath(dir)}/plan.yaml:${lineOf(dir, 'kolada: U21468')}:21: error: U21468 takes values from Kolada, but there is no ${displayPath(dir)}/kolada.yaml: run vplan kolada on the plan folder [kolada-no-snapshot]`,
      `${displayPath(dir)}/plan.yaml:${lineOf(dir, 'kolada: U23471')}:21: error: U23471 takes values from Kolada, but there is no ${displayPath(dir)}/kolada.yaml: run vplan kolada on the plan folder [kolada-no-snapshot]`,
    ])
  })

  test('a broken snapshot is reported where it is broken', async () => {
    const dir = await fetched(knivstaFromKolada)
    const file = path.join(dir, 'kolada.yaml')
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace('T: { value: 85 }', 'T: { value: "85" }'))
    const line = text.split('\n').findIndex((l) => l.includes('T: { value: 85 }')) + 1
    const [first] = await loadError(dir)
    expect(first).toMatch(new RegExp(`kolada\\.yaml:${line}:\\d+: error: kpis\\.U21468\\.values\\.2022\\.T\\.value: .*\\[kolada-snapshot\\]$`))
    writeFileSync(file, '<<<<<<< HEAD\n' + text)
    expect((await loadError(dir))[0]).toMatch(/kolada\.yaml:\d+:1: error: .*; run vplan kolada again to rewrite it \[yaml-syntax\]$/)
  })

  test('a snapshot of another municipality is refused at municipalityCode', async () => {
    const dir = await fetched(knivstaFromKolada)
    const plan = path.join(dir, 'plan.yaml')
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('municipalityCode: "0330"', 'municipalityCode: "0162"'))
    expect((await loadError(dir))[0]).toContain('holds values for municipality 0330, but the plan is for 0162')
  })
})

describe('comparison columns', () => {
  test('show the same KPI for Riket in the latest outcome year, – where Riket has none', async () => {
    kolada.others['0000'] = { U21468: { 2023: { T: 88 } }, U23471: { 2023: { T: null } }, N31814: { 2023: { T: 5.1 } } }
    const compare = '      - columns: ["Utfall 2021", "Utfall 2022", "Utfall 2023"]\n        judgement: direction\n        compare: [{ code: "0000", label: Riket }]\n'
    const dir = await fetched((y) => knivstaFromKolada(y).replace('      - columns: ["Utfall 2021", "Utfall 2022", "Utfall 2023"]\n        judgement: direction\n', compare))
    delete kolada.others['0000']
    expect(kolada.requests.filter((r) => r.includes('/municipality/0000/'))).toEqual(['/v3/data/kpi/N31814,U21468,U23471/municipality/0000/year/2021,2022,2023'])
    const loaded = await loadPlan(dir)
    const { outputs } = await buildPlan({ loaded, templates: await resolveTemplates('knivsta'), formats: ['md', 'html'], composedFile: 'out/k.md' })
    const md = outputs.md as string
    expect(md).toContain('| Indikator | Utfall 2021 | Utfall 2022 | Utfall 2023 | Riket 2023 | Önskad riktning |')
    expect(md).toContain('| – | 85 (K: 85, M: 85) | 94 (K: 92, M: 96) | 88 | Öka |')
    expect(md).toContain('| – | 69 | 79 | – | Öka |')
    expect(md).toContain('| 27 (K: 25, M: 29) | 23 (K: 23, M: 23) |  | 5,1 | Bibehålla |')
    expect(htmlPieces(outputs.html as string)).toContain('Riket 2023')
  })
})

describe('vplan diff between two snapshots', () => {
  test('shows a revised Kolada value like any indicator value', async () => {
    const before = await fetched(knivstaFromKolada)
    kolada.kpis.U21468!.years[2023] = { T: 95, K: 93, M: 96 }
    const after = await fetched(knivstaFromKolada)
    kolada.kpis.U21468!.years[2023] = { T: 94, K: 92, M: 96 }
    const diff = diffPlans(snapshotOf(await loadPlan(before)), snapshotOf(await loadPlan(after)))
    expect(diff.changes.map((c) => `${c.kind} ${c.path.join(' › ')}`)).toEqual([
      'value Indikatorer › Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%) › Utfall 2023',
      'value Indikatorer › Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%) › Utfall 2023, kvinnor',
    ])
    expect(renderDiffText(diff)).toMatch(/94.*95/)
  })
})
