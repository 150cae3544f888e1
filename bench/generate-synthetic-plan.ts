import { Plan, type PlanInput } from '../src/model/index.js'
import type { PlanSnapshot } from '../src/diff/index.js'
import { narrativesOf } from '../src/diff/index.js'

/** Sizes of a synthetic plan; the defaults make about 300 A4 pages of text and tables. */
export interface SyntheticSize {
  chapters: number
  sectionsPerChapter: number
  paragraphsPerSection: number
  wordsPerParagraph: number
  budgetGroups: number
  rowsPerGroup: number
  goals: number
  boardGoalsPerGoal: number
  indicatorsPerTable: number
  volumeGroups: number
  suppliers: number
}

export const LARGE: SyntheticSize = {
  chapters: 20,
  sectionsPerChapter: 12,
  paragraphsPerSection: 8,
  wordsPerParagraph: 60,
  budgetGroups: 40,
  rowsPerGroup: 10,
  goals: 10,
  boardGoalsPerGoal: 4,
  indicatorsPerTable: 6,
  volumeGroups: 20,
  suppliers: 150,
}

/** Deterministic pseudo-random numbers (mulberry32), so every run diffs the same drafts. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A plan of the given size in the shape of the real ones, with words taken from `vocabulary`. */
export function generateSyntheticPlan(size: SyntheticSize, vocabulary: readonly string[], seed = 1): { input: PlanInput; files: Record<string, string> } {
  const random = createRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const sentence = (words: number): string => {
    const text = Array.from({ length: words }, () => pick(vocabulary)).join(' ')
    return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1) + '.'
  }
  const files: Record<string, string> = {}
  const document: PlanInput['document'] = []
  for (let c = 0; c < size.chapters; c++) {
    const lines = [`# Kapitel ${c + 1} ${sentence(3).slice(0, -1)}`, '']
    for (let s = 0; s < size.sectionsPerChapter; s++) {
      lines.push(`## Avsnitt ${c + 1}.${s + 1} ${sentence(4).slice(0, -1)}`, '')
      for (let p = 0; p < size.paragraphsPerSection; p++) lines.push(sentence(size.wordsPerParagraph), '')
    }
    const file = `kapitel/${String(c + 1).padStart(2, '0')}.md`
    files[file] = lines.join('\n')
    document.push({ file })
    if (c === 2) document.push({ block: 'goals' }, { block: 'operatingBudget' }, { block: 'volumes' }, { block: 'suppliers' })
  }
  const columns = ['Utfall 2022', 'Prognos 2023', 'Budget 2024', 'Plan 2025', 'Plan 2026']
  const amount = (): number => Math.round(random() * 50_000)
  const input: PlanInput = {
    meta: { municipality: 'Syntetiska kommun', board: 'Socialnämnden', year: 2024, title: 'Verksamhetsplan 2024 (syntetisk)', date: '2023-12-01' },
    document,
    goals: Array.from({ length: size.goals }, (_, g) => ({
      id: `mal-${g}`,
      title: `Inriktningsmål ${g + 1}: ${sentence(6)}`,
      description: `${sentence(40)}\n\n${sentence(40)}`,
      focus: Array.from({ length: 4 }, () => sentence(8)),
      assignments: Array.from({ length: 5 }, (_, a) => ({ id: `uppdrag-${g}-${a}`, text: sentence(14), period: '2024-2026', level: 'Uppdrag från kommunfullmäktige' })),
      boardGoals: Array.from({ length: size.boardGoalsPerGoal }, (_, b) => ({
        id: `namndmal-${g}-${b}`,
        title: `Nämndmål ${g + 1}.${b + 1}: ${sentence(10)}`,
        description: sentence(60),
        indicatorTables: [
          {
            columns: ['Utfall 2021', 'Utfall 2022', 'Utfall 2023'],
            rows: Array.from({ length: size.indicatorsPerTable }, (_, i) => ({
              id: `indikator-${g}-${b}-${i}`,
              name: `Indikator ${g}.${b}.${i} ${sentence(5).slice(0, -1)}`,
              values: [Math.round(random() * 100), { total: Math.round(random() * 100), women: Math.round(random() * 100), men: Math.round(random() * 100) }, null],
              direction: pick(['Öka', 'Minska', 'Bibehålla'] as const),
              description: sentence(30),
            })),
          },
        ],
      })),
    })),
    budget: {
      operating: {
        caption: 'Nämndens driftsbudget (tkr)',
        unit: 'tkr',
        labelHeader: 'Verksamhet',
        columns,
        rows: Array.from({ length: size.budgetGroups }, (_, g) => ({
          id: `grupp-${g}`,
          label: `Verksamhetsområde ${g + 1} ${pick(vocabulary)}`,
          rows: Array.from({ length: size.rowsPerGroup }, (_, r) => ({
            id: `rad-${g}-${r}`,
            label: `${sentence(4).slice(0, -1)} ${g}.${r}`,
            values: columns.map(amount),
          })),
        })),
      },
    },
    volumes: {
      columns,
      groups: Array.from({ length: size.volumeGroups }, (_, g) => ({
        area: `Område ${g + 1} ${pick(vocabulary)}`,
        rows: Array.from({ length: 8 }, (_, r) => ({ name: `Nyckeltal ${g}.${r} ${pick(vocabulary)}`, values: columns.map(() => Math.round(random() * 1000)) })),
      })),
    },
    suppliers: {
      rows: Array.from({ length: size.suppliers }, (_, s) => ({
        year: 2024 + (s % 2),
        form: pick(['LOV', 'LOU', 'Ramavtal', 'Avropsavtal'] as const),
        supplier: `Leverantör ${s} ${pick(vocabulary)} AB`,
        service: sentence(3).slice(0, -1),
      })),
    },
  }
  return { input, files }
}

/** The next draft: a realistic round of edits on a few percent of everything. */
export function editDraft(plan: { input: PlanInput; files: Record<string, string> }, vocabulary: readonly string[], seed = 2): { input: PlanInput; files: Record<string, string> } {
  const random = createRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const input = structuredClone(plan.input)
  const files: Record<string, string> = {}
  for (const [file, text] of Object.entries(plan.files)) {
    const paragraphs = text.split('\n\n')
    files[file] = paragraphs
      .flatMap((paragraph) => {
        if (paragraph.startsWith('#')) return [paragraph]
        const roll = random()
        if (roll < 0.01) return [] // removed
        if (roll < 0.02) return [paragraph, `${pick(vocabulary)} ${paragraph.toLocaleLowerCase('sv-SE')}`] // added
        if (roll < 0.05) return [paragraph.replace(/ \p{L}+ /u, ` ${pick(vocabulary)} `)] // a word changed
        if (roll < 0.055) return [paragraph.split(' ').reverse().join(' ')] // rewritten
        return [paragraph]
      })
      .join('\n\n')
  }
  const groups = input.budget!.operating!.rows as { rows: { values: number[]; label: string }[] }[]
  for (let i = 0; i < 30; i++) pick(pick(groups).rows).values[2]! += 100
  pick(groups).rows[0]!.label += ' (ny benämning)'
  const moved = groups[0]!.rows.pop()!
  groups[1]!.rows.push(moved)
  input.volumes!.columns.push('Plan 2027')
  for (const group of input.volumes!.groups) for (const row of group.rows) row.values.push(1)
  input.suppliers!.rows.splice(10, 3)
  input.suppliers!.rows[20]!.supplier += ' Sverige'
  input.goals![1]!.title += ' och hållbar'
  return { input, files }
}

export function snapshotFrom(plan: { input: PlanInput; files: Record<string, string> }, id: string): PlanSnapshot {
  const parsed = Plan.parse(plan.input)
  return { id, plan: parsed, narratives: narrativesOf(parsed, new Map(Object.entries(plan.files).map(([file, text]) => [file, { text }]))) }
}
