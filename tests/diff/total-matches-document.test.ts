import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { composeDocument } from '../../src/compose/index.js'
import { derivePlan } from '../../src/derive/index.js'
import { diffPlans, snapshotOf } from '../../src/diff/index.js'
import { renderHtml } from '../../src/diff/report/html/render-html.js'
import { renderText } from '../../src/diff/report/render-text.js'
import { loadPlan } from '../../src/load/index.js'
import { Plan, type MoneyRowInput } from '../../src/model/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { copy, knivstaBase, snapshot } from './make-plan.js'

/*
 * The review report and the document print the same Summa: the diff takes its totals from
 * derive/ and formats them with src/format/, as the document does. A seed plan, one budget value
 * changed in a temporary copy, the diff of the two and the composed copy, and the Summa figures
 * of both compared.
 */
const temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-total-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

const cases = [
  // tkr, grouped rows: the total runs through the groups' sub-rows.
  { plan: 'knivsta-sn-2024', table: 'driftsbudget', area: 'Driftsbudget', column: 'Nämndbudget 2024', replace: 'values: [40346, 35923, 36414]', with: 'values: [40346, 35923, 37414]', expected: '361\u00a0999' },
  // mnkr, decimal amounts: float noise in the sum must show in neither.
  { plan: 'danderyd-sn-2024', table: 'budget-per-ansvar', area: 'Budget per ansvar', column: 'Budget helår 2024', replace: 'values: [19.4, 19.7]', with: 'values: [19.4, 20.1]', expected: '749,9' },
]

async function composedCopy(dir: string): Promise<string> {
  const loaded = await loadPlan(dir)
  const { derived } = derivePlan(loaded.plan)
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  return composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived, templates, composedFile: 'out/copy.md' }).markdown
}

/** The Summa cell of a column in a composed table (`:::table{#id …}` … `:::`), without its bold. */
function documentTotal(markdown: string, id: string, column: string): string {
  const block = markdown.split(`:::table{#${id} `)[1]!.split('\n:::')[0]!
  const cells = (line: string) => line.split('|').slice(1, -1).map((cell) => cell.trim())
  const lines = block.split('\n').filter((line) => line.startsWith('|'))
  const index = cells(lines[0]!).indexOf(column)
  const total = lines.find((line) => cells(line)[0] === '**Summa**')!
  return cells(total)[index]!.replace(/\*\*/g, '')
}

describe.each(cases)('the diff report of $plan with one budget value changed', { timeout: 60_000 }, (c) => {
  it('prints the Summa the document prints', async () => {
    const original = path.resolve('plans', c.plan)
    const copy = path.join(temp, c.plan)
    await cp(original, copy, { recursive: true })
    const yaml = await readFile(path.join(copy, 'plan.yaml'), 'utf8')
    expect(yaml.split(c.replace)).toHaveLength(2)
    await writeFile(path.join(copy, 'plan.yaml'), yaml.replace(c.replace, c.with))

    const [before, after] = await Promise.all([loadPlan(original), loadPlan(copy)])
    const old = snapshotOf(before)
    const neu = snapshotOf(after)
    const diff = diffPlans(old, neu)

    const printed = documentTotal(await composedCopy(copy), c.table, c.column)
    expect(printed).toBe(c.expected)

    // The text report's line for the total: "Driftsbudget › Summa › Nämndbudget 2024: 360 999 → 361 999 tkr (…)".
    const line = renderText(diff).split('\n').find((l) => l.startsWith(`${c.area} › Summa › ${c.column}: `))
    expect(line).toBeDefined()
    const reported = /→ (.+?)\u00a0(?:tkr|mnkr)/.exec(line!)?.[1]
    expect(reported).toBe(printed)

    // The HTML report's table of the new draft shows the same figure in its total row.
    const html = renderHtml(diff, { old, new: neu })
    expect(html).toContain(printed)
  })
})

describe('a column in which no row has a figure', () => {
  it('has no total in the report, as in the document, whatever total the plan states', () => {
    const old = knivstaBase()
    const rows = (plan: typeof old) => (plan.budget!.operating!.rows as MoneyRowInput[]).flatMap((row) => row.rows ?? [row])
    for (const row of rows(old)) row.values![2] = null
    old.budget!.operating!.total = { label: 'Summa', values: [null, null, 360999] }
    const neu = copy(old)
    rows(neu)[0]!.values![2] = 1000
    // The document prints the derived totals (compose takes them from derivePlan).
    const printed = (input: typeof old) => derivePlan(Plan.parse(input)).derived.operating![2]
    expect([printed(old), printed(neu)]).toEqual([null, 1000])
    const total = diffPlans(snapshot(old), snapshot(neu)).changes.find((c) => c.kind === 'value' && c.derived)
    // The report used to fall back on the stated 360 999, a total the document never printed.
    expect(total).toMatchObject({ path: ['Driftsbudget', 'Summa', 'Nämndbudget 2024'], old: null, new: 1000 })
  })
})
