import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { ROOT } from '../hostile/support/cli.js'

/** Every text under these keys in the two real plans: labels, names, suppliers, services, areas, titles. */
function realTexts(keys: readonly string[]): string[] {
  const found = new Set<string>()
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (keys.includes(key) && typeof child === 'string' && child.length < 120 && !child.includes('\n')) found.add(child)
        walk(child)
      }
    }
  }
  for (const id of ['knivsta-sn-2024', 'danderyd-sn-2024']) walk(parse(readFileSync(path.join(ROOT, 'plans', id, 'plan.yaml'), 'utf8')))
  return [...found].sort()
}

const LABELS = realTexts(['label', 'name', 'area'])
const SUPPLIERS = realTexts(['supplier'])
const SERVICES = realTexts(['service', 'operation'])
const TITLES = realTexts(['title'])

/**
 * A real label, sometimes with what Markdown would read as syntax (a supplier "A | B", a target
 * "<8,71%", "*", "_", "[x]", a leading "#" or "1."): those must still show literally.
 */
const text = (pool: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom('', '', '', '', '# ', '1. ', '- ', '+ ', '> '),
      fc.constantFrom(...pool),
      fc.constantFrom('', '', '', ' | AB', ' *nytt*', ' <8,71%', ' [x](y)', ' __init__', ' &amp; Co', ' `kod`', ' 100 %', ' ::: a'),
    )
    .map(([prefix, base, extra]) => `${prefix}${base}${extra}`)

const amount = fc.integer({ min: -50_000, max: 500_000 })

const moneyRow = (columns: number) =>
  fc.record({ label: text(LABELS), values: fc.array(fc.option(amount, { nil: null, freq: 6 }), { minLength: columns, maxLength: columns }) })

export const planArbitrary = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record({
    meta: fc.record({
      municipality: fc.constantFrom('Knivsta kommun', 'Danderyds kommun'),
      board: fc.constant('Socialnämnden'),
      year: fc.integer({ min: 2020, max: 2030 }),
      title: fc.constantFrom('Verksamhetsplan 2024 för Socialnämnden', 'Nämndens verksamhetsplan 2024'),
      // A plan may state a day, only a month, or no date at all.
      date: fc.constantFrom('2023-12-01', '2023-12', undefined),
      template: fc.constantFrom('knivsta', 'danderyd', 'default'),
    }),
    goals: fc.array(
      fc.record({
        title: text(TITLES),
        focus: fc.array(text(LABELS), { maxLength: 3 }),
        boardGoals: fc.array(fc.record({ title: text(TITLES) }), { maxLength: 2 }),
        indicatorTables: fc.array(
          fc.record({
            columns: fc.constant(['Utfall 2021', 'Utfall 2022', 'Utfall 2023']),
            rows: fc.array(
              fc.record({
                name: text(LABELS),
                values: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { minLength: 3, maxLength: 3 }),
                direction: fc.constantFrom('Öka', 'Minska', 'Bibehålla'),
              }),
              { minLength: 1, maxLength: 3 },
            ),
          }),
          { maxLength: 1 },
        ),
      }),
      { minLength: 0, maxLength: 2 },
    ),
    operating: fc.record({
      unit: fc.constantFrom('tkr', 'mnkr', 'kr'),
      labelHeader: text(LABELS),
      columns: fc.constant(['KF-budget 2023', 'KF-budget 2024', 'Nämndbudget 2024', 'Plan 2025'].slice(0, columns)),
      rows: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: moneyRow(columns) },
          { weight: 1, arbitrary: fc.record({ label: text(LABELS), rows: fc.array(moneyRow(columns), { minLength: 1, maxLength: 3 }) }) },
        ),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    volumes: fc.record({
      columns: fc.constant(['Utfall 2022', 'Prognos 2023', 'Plan 2024']),
      groups: fc.array(
        fc.record({
          area: text(LABELS),
          rows: fc.array(fc.record({ name: text(LABELS), values: fc.array(fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: null }), { minLength: 3, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    suppliers: fc.array(
      fc.record({
        year: fc.integer({ min: 2024, max: 2026 }),
        form: fc.constantFrom('LOV', 'LOU', 'Ramavtal', 'Avropsavtal'),
        supplier: text(SUPPLIERS),
        service: text(SERVICES),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
)

export type RandomPlan = typeof planArbitrary extends fc.Arbitrary<infer T> ? T : never

/** The random plan as plan.yaml data, every block placed in the document. */
export function toPlanData(plan: RandomPlan) {
  return {
    meta: plan.meta,
    document: [
      { markdown: '# Mål, uppdrag och indikatorer' },
      { block: 'goals' },
      { markdown: '# Nämndens driftsbudget' },
      { block: 'operatingBudget' },
      { markdown: '# Volymer och nyckeltal' },
      { block: 'volumes' },
      { markdown: '# Uppföljningsplan av privata utförare' },
      { block: 'suppliers' },
    ],
    goals: plan.goals,
    budget: { operating: plan.operating },
    volumes: plan.volumes,
    suppliers: { rows: plan.suppliers },
  }
}

/** Every text value of the random plan that the document shows. */
export function shownTexts(plan: RandomPlan): string[] {
  return [
    ...plan.goals.flatMap((g) => [g.title, ...g.focus, ...g.boardGoals.map((b) => b.title), ...g.indicatorTables.flatMap((t) => t.rows.map((r) => r.name))]),
    plan.operating.labelHeader,
    ...plan.operating.rows.flatMap((r) => [r.label, ...('rows' in r ? r.rows.map((s) => s.label) : [])]),
    ...plan.volumes.groups.flatMap((g) => [g.area, ...g.rows.map((r) => r.name)]),
    ...plan.suppliers.flatMap((s) => [s.supplier, s.service]),
  ]
}
