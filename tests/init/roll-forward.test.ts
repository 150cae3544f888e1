import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { rollForward } from '../../src/init/roll-forward.js'
import { formatRollReport } from '../../src/init/roll-report.js'
import { loadPlan } from '../../src/load/index.js'
import { Plan } from '../../src/model/index.js'

async function roll(id: string) {
  const dir = path.join('plans', id)
  const loaded = await loadPlan(dir)
  const chapters = loaded.plan.document.flatMap((part) => ('file' in part ? [{ path: part.file, text: readFileSync(path.join(dir, part.file), 'utf8') }] : []))
  const yamlText = readFileSync(path.join(dir, 'plan.yaml'), 'utf8')
  const rolled = rollForward({ plan: loaded.plan, yamlText, chapters })
  return { before: yamlText, rolled, plan: Plan.parse(parse(rolled.yamlText)) }
}

describe('rolling Knivsta 2024 forward', async () => {
  const { before, rolled, plan } = await roll('knivsta-sn-2024')

  test('moves the year and the texts that carry it, and clears what no longer holds', () => {
    expect(plan.meta).toMatchObject({ year: 2025, title: 'Verksamhetsplan 2025 för Socialnämnden', validity: '2025', adopted: '[Platshållare: antagandetext]' })
    expect(plan.meta.date).toBeUndefined()
    expect(plan.meta.decision).toEqual({ body: 'Socialnämnden' })
    expect(plan.meta.keywords).toContain('2025')
  })

  test('shifts every year column and keeps each value with its year; the new years are empty', () => {
    const table = plan.goals[0]!.indicatorTables[0]!
    expect(table.columns).toEqual(['Utfall 2022', 'Utfall 2023', 'Utfall 2024'])
    expect(table.rows[0]!.values).toEqual([{ total: 85, women: 85, men: 85 }, { total: 94, women: 92, men: 96 }, null])
    // "Prognos 2023" is not an outcome: the new "Utfall 2023" is empty, to fill in.
    const board = plan.goals[0]!.boardGoals[0]!.indicatorTables[0]!
    expect(board.columns).toEqual(['Utfall 2022', 'Utfall 2023', 'Prognos 2024'])
    expect(board.rows[0]!.values).toEqual([64, null, null])
    expect(plan.budget.operating!.columns).toEqual(['KF-budget 2024', 'KF-budget 2025', 'Nämndbudget 2025'])
    expect(plan.budget.operating!.rows[0]!.values).toEqual([1456, null, null])
    expect(plan.budget.operating!.total!.values).toEqual([360999, null, null])
    expect(plan.volumes!.columns).toEqual(['Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Prognos 2024', 'Plan 2025'])
    expect(plan.volumes!.groups[1]!.rows[0]!.values).toEqual([56780, 54308, null, null, null])
  })

  test('carries goals, assignments and targets over, and keeps the comments', () => {
    expect(plan.goals.map((g) => g.id)).toEqual(['vard-stod-och-omsorg', 'ekonomi-i-balans'])
    expect(plan.goals.flatMap((g) => g.assignments).length).toBe(6)
    for (const comment of before.split('\n').filter((line) => /^\s*# (Kapitel|Dokumentets|K = kvinnor)/.test(line))) {
      expect(rolled.yamlText).toContain(comment.trim())
    }
    expect(rolled.yamlText.split('\n')[0]).toBe(before.split('\n')[0])
  })

  test('reports what needs a person: cleared values, ended assignments, chapters that name 2024', () => {
    const report = formatRollReport(rolled.report)
    expect(report).toContain('  - meta.date (was 2023-12): the new plan\'s date, once it is decided\n')
    expect(report).toContain('Assignments whose period ended in 2024 or before (kept: remove or renew them):\n  - "Genomför en översyn och vid behov av revidering av befintliga politiskt antagna styrdokument" (2024)')
    expect(report).toMatch(/\n {2}- kapitel\/05-ekonomiska-forutsattningar\.md: lines 5, 7, /)
    expect(report).toContain('  - budget.operating.columns: KF-budget 2023, KF-budget 2024, Nämndbudget 2024 → KF-budget 2024, KF-budget 2025, Nämndbudget 2025\n')
  })
})

describe('rolling Danderyd 2024 forward', async () => {
  const { plan, rolled } = await roll('danderyd-sn-2024')

  test('shifts the multi-year budget and keeps the years that still hold', async () => {
    expect(plan.budget.multiYear!.columns).toEqual(['Budget 2023', 'Budget 2024', 'Budget 2025', 'Plan 2026', 'Plan 2027'])
    const before = (await loadPlan('plans/danderyd-sn-2024')).plan.budget.multiYear!
    expect(plan.budget.multiYear!.net.values).toEqual([before.net.values[1], before.net.values[2], null, before.net.values[4], null])
    expect(rolled.renamed.size).toBe(0)
    // "Budget 2024" takes the one old budget of 2024, "Budget helår 2024"; the new year is empty.
    const byResponsibility = (await loadPlan('plans/danderyd-sn-2024')).plan.budget.byResponsibility!
    expect(plan.budget.byResponsibility!.columns).toEqual(['Budget 2024', 'Budget helår 2025'])
    expect(plan.budget.byResponsibility!.rows[0]!.values).toEqual([byResponsibility.rows[0]!.values![1], null])
  })
})
