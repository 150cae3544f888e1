import { isScalar, isSeq, parseDocument, Scalar, type Document } from 'yaml'
import { headingFor, parseYearColumn, yearTables, type Plan } from '../model/index.js'
import { rollReport, type RollReport } from './roll-report.js'

type DataPath = (string | number)[]

export interface RollInput {
  /** The plan as loaded and validated. */
  plan: Plan
  /** plan.yaml as written, so its comments and layout carry over. */
  yamlText: string
  /** The chapter files named in `document`, by their path in the plan folder. */
  chapters: readonly { path: string; text: string }[]
}

export interface RolledPlan {
  yamlText: string
  /** Old chapter path → new one (the year in a file name moves on too). */
  renamed: Map<string, string>
  report: RollReport
}

/**
 * Next year's plan from this year's: the year and the texts that carry it move on one year,
 * every year column shifts one year with the values that still hold (an outcome stays an outcome
 * of its year) and the new ones empty, and what no longer holds (dates, the adoption) is cleared.
 * Nothing is guessed: whatever needs a person is in the report. Pure: text in, text out.
 */
export function rollForward({ plan, yamlText, chapters }: RollInput): RolledPlan {
  const from = plan.meta.year
  const to = from + 1
  const doc = parseDocument(yamlText)
  const cleared: string[] = []

  doc.setIn(['meta', 'year'], to)
  for (const key of ['title', 'subtitle', 'description']) replaceYearIn(doc, ['meta', key], from, to)
  plan.meta.keywords.forEach((_, k) => replaceYearIn(doc, ['meta', 'keywords', k], from, to))
  if (plan.meta.validity !== undefined) shiftYearsIn(doc, ['meta', 'validity'])
  if (plan.meta.date !== undefined) {
    doc.deleteIn(['meta', 'date'])
    cleared.push(`meta.date (was ${plan.meta.date}): the new plan's date, once it is decided`)
  }
  if (plan.meta.adopted !== undefined) {
    doc.setIn(['meta', 'adopted'], '[Platshållare: antagandetext]')
    cleared.push(`meta.adopted (was "${plan.meta.adopted}")`)
  }
  if (plan.meta.decision !== undefined) {
    doc.deleteIn(['meta', 'decision', 'date'])
    doc.deleteIn(['meta', 'decision', 'paragraph'])
    cleared.push("meta.decision's date and paragraph: the new decision's")
  }

  const shifted: string[] = []
  for (const table of yearTables(plan)) {
    const before = table.columns
    const after = before.map((heading) => {
      const column = parseYearColumn(heading)
      return column ? headingFor(column, column.year + 1) : heading
    })
    if (after.every((heading, i) => heading === before[i])) continue
    const source = after.map((heading, i) => (heading === before[i] ? i : sourceColumn(heading, before)))
    // The headings' scalars are changed in place, so their quoting stays as written.
    const headings = doc.getIn(table.columnsPath, true)
    if (isSeq(headings)) headings.items.forEach((item, i) => isScalar(item) && (item.value = after[i]))
    for (const valuePath of table.valuePaths) {
      const node = doc.getIn(valuePath, true)
      if (!isSeq(node)) continue
      const items = [...node.items]
      node.items = items.map((_, i) => items[source[i] ?? -1] ?? new Scalar(null))
    }
    shifted.push(`${table.columnsPath.join('.')}: ${before.join(', ')} → ${after.join(', ')}`)
  }

  const renamed = new Map<string, string>()
  plan.document.forEach((part, p) => {
    if (!('file' in part) || !containsYear(part.file, from)) return
    const moved = replaceYear(part.file, from, to)
    renamed.set(part.file, moved)
    doc.setIn(['document', p, 'file'], moved)
  })

  const rolled = doc.toString({ nullStr: '~', flowCollectionPadding: false, lineWidth: 0 })
  return { yamlText: rolled, renamed, report: rollReport({ plan, from, to, cleared, shifted, rolledYaml: rolled, chapters }) }
}

/**
 * Where a shifted column's values come from: the old column with the same heading ("Utfall
 * 2023" keeps the old "Utfall 2023"), else the one old column of the same kind and year ("Budget
 * 2024" takes "Budget helår 2024"), else none: a forecast or a plan is never an outcome or a budget.
 */
function sourceColumn(heading: string, before: readonly string[]): number {
  const same = before.indexOf(heading)
  if (same >= 0) return same
  const wanted = parseYearColumn(heading)
  const alike = before.flatMap((old, i) => {
    const column = parseYearColumn(old)
    return column && wanted && column.kind === wanted.kind && column.kind !== 'other' && column.year === wanted.year ? [i] : []
  })
  return alike.length === 1 ? alike[0]! : -1
}

function containsYear(text: string, year: number): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)
}

function replaceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to))
}

function replaceYearIn(doc: Document, path: DataPath, from: number, to: number): void {
  const node = doc.getIn(path, true)
  if (isScalar(node) && typeof node.value === 'string') node.value = replaceYear(node.value, from, to)
}

/** A validity period ("2024", "2024-2026") moves as a whole: every year in it goes on by one. */
function shiftYearsIn(doc: Document, path: DataPath): void {
  const node = doc.getIn(path, true)
  if (!isScalar(node)) return
  if (typeof node.value === 'number') node.value += 1
  else if (typeof node.value === 'string') node.value = node.value.replace(/(?<!\d)(\d{4})(?!\d)/g, (year) => String(Number(year) + 1))
}
