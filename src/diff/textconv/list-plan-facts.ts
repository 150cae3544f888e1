import { blockLabel } from '../part-label.js'
import type { DirectionGoal, IndicatorTable, MoneyRow, MoneyTable, OutcomeValue, Plan } from '../../model/index.js'
import { moneyTotals } from '../../derive/index.js'
import { AREA_LABELS } from '../area-labels.js'
import { displayLabel } from '../match/normalize-label.js'
import { formatScalar, withUnit } from '../../format/index.js'

/**
 * A plan.yaml as one line per fact, each addressed by its path ("Driftsbudget › Vård och
 * omsorg enligt SoL och HSL › LOV - hemtjänst och delegerad HSL › Nämndbudget 2024: 36 414
 * tkr"). Stable and canonical: YAML layout, comments and key order do not show, so git's line
 * diff of two such listings is a diff of facts (git `textconv`).
 */
export function listPlanFacts(plan: Plan): string[] {
  const facts: string[] = []
  const add = (path: readonly string[], value: string | number | null | undefined): void => {
    if (value === undefined || value === '') return
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : formatScalar(value)
    facts.push(`${path.map(displayLabel).join(' › ')}: ${text}`)
  }
  const m = plan.meta
  const metaFacts: [string, string | undefined][] = [
    ['Kommun', m.municipality],
    ['Nämnd', m.board],
    ['År', String(m.year)],
    ['Titel', m.title],
    ['Undertitel', m.subtitle],
    ['Antagen', m.adopted],
    ['Datum', m.date],
    ['Beskrivning', m.description],
    ['Diarienummer', m.registrationNumber],
    ['Beslutad av', m.decision?.body],
    ['Beslutsdatum', m.decision?.date],
    ['Paragraf', m.decision?.paragraph === undefined ? undefined : String(m.decision.paragraph)],
    ['Giltighetstid', m.validity],
    ['Dokumentägare', m.owner],
    ['Mall', m.template],
    ['Nyckelord', m.keywords.join(', ')],
  ]
  for (const [field, value] of metaFacts) add([AREA_LABELS.meta, field], value)
  plan.document.forEach((part, i) => {
    const what = 'file' in part ? part.file : 'block' in part ? blockLabel(part) : part.markdown
    add([AREA_LABELS.document, String(i + 1)], what)
  })
  for (const goal of plan.goals) listGoal(goal, add)
  listMoneyTable(AREA_LABELS.operating, plan.budget.operating, add)
  const multi = plan.budget.multiYear
  if (multi) {
    const label = AREA_LABELS.multiYear
    const rows: [string, readonly (number | null)[] | undefined, string][] = [
      [multi.net.label, multi.net.values, multi.unit],
      [multi.change.amountLabel, multi.change.amount, multi.unit],
      [multi.change.percentLabel, multi.change.percent, '%'],
    ]
    for (const [row, values, unit] of rows) multi.columns.forEach((column, i) => values && add([label, row, column], cell(values[i], unit)))
  }
  listMoneyTable(AREA_LABELS.byResponsibility, plan.budget.byResponsibility, add)
  listMoneyTable(AREA_LABELS.investments, plan.investments, add)
  for (const group of plan.volumes?.groups ?? []) {
    for (const row of group.rows) plan.volumes!.columns.forEach((column, i) => add([AREA_LABELS.volumes, group.area, row.name, column], cell(row.values[i], row.unit)))
  }
  for (const row of plan.suppliers?.rows ?? []) {
    add([AREA_LABELS.suppliers, String(row.year), row.supplier], [row.form, row.service, row.operation].filter(Boolean).join(', '))
  }
  return facts
}

type Add = (path: readonly string[], value: string | number | null | undefined) => void

function listGoal(goal: DirectionGoal, add: Add): void {
  const path = [AREA_LABELS.goals, goal.title]
  add([...path, 'Etikett'], goal.label)
  paragraphs(goal.description).forEach((text, i) => add([...path, `Beskrivning ¶${i + 1}`], text))
  add([...path, 'Inledning till inriktningen'], goal.focusIntro)
  goal.focus.forEach((focus, i) => add([...path, `Inriktning ${i + 1}`], focus))
  for (const a of goal.assignments) add([AREA_LABELS.assignments, a.text], `${a.period}, ${a.level}${a.table ? ` (${a.table})` : ''}`)
  listIndicators(goal.indicatorTables, add)
  for (const board of goal.boardGoals) {
    const boardPath = [...path, board.title]
    add([...boardPath, 'Nämndmål'], board.title)
    paragraphs(board.description).forEach((text, i) => add([...boardPath, `Beskrivning ¶${i + 1}`], text))
    paragraphs(board.indicatorNotes).forEach((text, i) => add([...boardPath, `Beskrivning nyckeltal ¶${i + 1}`], text))
    add([...boardPath, 'Källa'], board.indicatorSource)
    listIndicators(board.indicatorTables, add)
  }
}

function listIndicators(tables: readonly IndicatorTable[], add: Add): void {
  for (const table of tables) {
    for (const indicator of table.rows) {
      const path = [AREA_LABELS.indicators, indicator.name]
      add([...path, 'Kolada-id'], indicator.kolada)
      table.columns.forEach((column, i) => add([...path, column], outcome(indicator.values[i], indicator.unit)))
      add([...path, 'Önskad riktning'], indicator.direction)
      add([...path, 'Mål'], indicator.target)
      paragraphs(indicator.description).forEach((text, i) => add([...path, `Beskrivning ¶${i + 1}`], text))
    }
  }
}

function listMoneyTable(label: string, table: MoneyTable | undefined, add: Add): void {
  if (!table) return
  const visit = (rows: readonly MoneyRow[], path: string[]): void => {
    for (const row of rows) {
      table.columns.forEach((column, i) => row.values && add([...path, row.label, column], cell(row.values[i] ?? null, table.unit)))
      if (row.rows) visit(row.rows, [...path, row.label])
    }
  }
  visit(table.rows, [label])
  const sums = moneyTotals(table)
  table.columns.forEach((column, i) => add([label, table.total?.label ?? 'Summa', column], cell(sums[i] ?? null, table.unit)))
}

function cell(value: number | null | undefined, unit: string | undefined): string {
  return value === null || value === undefined ? '–' : withUnit(formatScalar(value), unit)
}

function outcome(value: OutcomeValue | undefined, unit: string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return cell(value, unit)
  const split = [value.women !== null ? `kvinnor ${formatScalar(value.women)}` : '', value.men !== null ? `män ${formatScalar(value.men)}` : ''].filter(Boolean)
  return cell(value.total, unit) + (split.length > 0 ? ` (${split.join(', ')})` : '')
}

function paragraphs(markdown: string | undefined): string[] {
  return (markdown ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
}
