import { AREA_LABELS, UNIT_FACTORS } from './area-labels.js'
import { MONEY_AREAS, type Change, type DiffSummary, type MoneyHighlight, type SectionSummary } from './types.js'

/** How many money changes the summary ranks. */
const LARGEST_MONEY_CHANGES = 5

/** Counts per kind per section (an area, or a chapter of the narrative) and the largest money changes. */
export function summarizeChanges(changes: readonly Change[]): DiffSummary {
  const sections = new Map<string, SectionSummary>()
  for (const change of changes) {
    const section = change.area === 'narrative' && change.path.length > 1 ? change.path.slice(0, 2).join(' › ') : AREA_LABELS[change.area]
    const id = `${change.area}\0${section}`
    const summary = sections.get(id) ?? { area: change.area, section, counts: {} }
    summary.counts[change.kind] = (summary.counts[change.kind] ?? 0) + 1
    sections.set(id, summary)
  }
  return { total: changes.length, sections: [...sections.values()], largestMoneyChanges: rankMoneyChanges(changes) }
}

function rankMoneyChanges(changes: readonly Change[]): MoneyHighlight[] {
  const ranked: MoneyHighlight[] = []
  changes.forEach((change, index) => {
    // Totals and stated change rows repeat what the rows already say.
    if (change.kind !== 'value' || change.derived || change.delta === undefined || !MONEY_AREAS.includes(change.area)) return
    const factor = UNIT_FACTORS[change.unit ?? ''] ?? undefined
    if (factor === undefined) return
    ranked.push({ change: index, kronor: Math.round(change.delta * factor) })
  })
  return ranked
    .filter((highlight) => highlight.kronor !== 0)
    .sort((a, b) => Math.abs(b.kronor) - Math.abs(a.kronor) || a.change - b.change)
    .slice(0, LARGEST_MONEY_CHANGES)
}
