import { Plan, type PlanInput } from '../../src/model/index.js'
import type { PlanSnapshot } from '../../src/diff/index.js'
import { narrativesOf } from '../../src/diff/index.js'

/** A small plan from real seed values (Knivsta's operating budget), to edit per test. */
export function knivstaBase(): PlanInput {
  return {
    meta: { municipality: 'Knivsta kommun', board: 'Socialnämnden', year: 2024, title: 'Verksamhetsplan 2024 för Socialnämnden', date: '2023-12-13' },
    document: [{ file: 'styrmodell.md' }, { block: 'operatingBudget' }],
    budget: {
      operating: {
        caption: 'Nämndens driftsbudget (tkr)',
        unit: 'tkr',
        labelHeader: 'Nämndens verksamheter',
        columns: ['KF-budget 2023', 'KF-budget 2024', 'Nämndbudget 2024'],
        rows: [
          { label: 'Nämnd- och styrelseverksamhet', values: [1427, 1456, 1456] },
          {
            label: 'Vård och omsorg enligt SoL och HSL',
            rows: [
              { label: 'Förebyggande verksamhet SoL', values: [4007, 0, 0] },
              { label: 'LOV - hemtjänst och delegerad HSL', values: [40346, 35923, 36414] },
              { label: 'Vård & omsorg i ordinärt boende övrigt', values: [26917, 31555, 32352] },
            ],
          },
          {
            label: 'Vård och omsorg enligt LSS och SFB',
            rows: [
              { label: 'Insatser LSS i ordinärt boende', values: [36040, 46721, 45985] },
              { label: 'Insatser LSS i boende med särskild service', values: [51674, 55362, 54590] },
            ],
          },
          { label: 'Färdtjänst och riksfärdtjänst', values: [5343, 6412, 7114] },
        ],
      },
    },
  }
}

export function snapshot(input: PlanInput, files: Record<string, string> = {}, id = 'knivsta-sn-2024'): PlanSnapshot {
  const plan = Plan.parse(input)
  const map = new Map(Object.entries(files).map(([file, text]) => [file, { text }]))
  return { id, plan, narratives: narrativesOf(plan, map) }
}

/** A deep copy to edit, so the base stays the old draft. */
export function copy<T>(value: T): T {
  return structuredClone(value)
}
