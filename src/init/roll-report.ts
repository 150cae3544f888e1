import type { Plan } from '../model/index.js'

/** What a person must look at after a roll forward, by heading, each item one line. */
export interface RollReport {
  sections: { title: string; items: string[] }[]
}

interface ReportInput {
  plan: Plan
  from: number
  to: number
  cleared: string[]
  shifted: string[]
  rolledYaml: string
  chapters: readonly { path: string; text: string }[]
}

export function rollReport({ plan, from, to, cleared, shifted, rolledYaml, chapters }: ReportInput): RollReport {
  const ended = plan.goals.flatMap((goal) =>
    goal.assignments.filter((a) => endOf(a.period) < to).map((a) => `"${a.text}" (${a.period}), under "${goal.title}"`),
  )
  const suppliers = (plan.suppliers?.rows ?? []).filter((row) => row.year <= from)
  const sections = [
    { title: 'Cleared, to fill in', items: cleared },
    { title: `Year columns moved on one year (the new years' values are empty, "–", to fill in or fetch from Kolada)`, items: shifted },
    { title: `Assignments whose period ended in ${from} or before (kept: remove or renew them)`, items: ended },
    {
      title: `Supplier follow-ups for ${from} or before (kept as they were: make the schedule for ${to})`,
      items: suppliers.length > 0 ? [`${suppliers.length} of ${plan.suppliers!.rows.length} rows`] : [],
    },
    { title: `Text that still names ${from} (read it: most needs the new year, some is history)`, items: [...planLinesNaming(from, rolledYaml), ...chapters.flatMap((c) => chapterNaming(from, c.path, c.text))] },
  ]
  return { sections: sections.filter((section) => section.items.length > 0) }
}

/** The last year of a period: "2024-2026" → 2026, "2024" → 2024. */
function endOf(period: string): number {
  return Math.max(...(period.match(/\d{4}/g) ?? ['0']).map(Number))
}

const yearPattern = (year: number) => new RegExp(`(?<!\\d)${year}(?!\\d)`)

/** Lines of plan.yaml, quoted; headings, periods and supplier years are in the sections above. */
function planLinesNaming(year: number, text: string): string[] {
  const pattern = yearPattern(year)
  const handled = /^\s*(?:-\s*)?(?:columns|period|year):/
  return text.split('\n').flatMap((line, i) => (pattern.test(line) && !handled.test(line) ? [`plan.yaml:${i + 1}: ${line.trim().slice(0, 100)}`] : []))
}

/** A chapter with the lines that name the year, in one item. */
function chapterNaming(year: number, file: string, text: string): string[] {
  const pattern = yearPattern(year)
  const lines = text.split('\n').flatMap((line, i) => (pattern.test(line) ? [i + 1] : []))
  return lines.length > 0 ? [`${file}: ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`] : []
}

export function formatRollReport(report: RollReport): string {
  return report.sections.map((section) => `${section.title}:\n${section.items.map((item) => `  - ${item}`).join('\n')}\n`).join('\n')
}
