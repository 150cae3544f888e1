import type { ChangeKind, PlanDiff, PlanRef, SectionSummary } from '../types.js'
import { CHANGE_KINDS } from '../types.js'
import { describeChange, formatPath } from './describe-change.js'
import { formatDelta, formatNumber, formatPercent, withUnit } from '../../format/index.js'
import { PLAIN, type Style } from './style.js'

export const KIND_WORDS: Record<ChangeKind, [string, string]> = {
  added: ['tillagd', 'tillagda'],
  removed: ['borttagen', 'borttagna'],
  renamed: ['omdöpt', 'omdöpta'],
  moved: ['flyttad', 'flyttade'],
  value: ['ändrat värde', 'ändrade värden'],
  text: ['omformulerad text', 'omformulerade texter'],
  columnAdded: ['ny kolumn', 'nya kolumner'],
  columnRemoved: ['borttagen kolumn', 'borttagna kolumner'],
  columnRenamed: ['omdöpt kolumn', 'omdöpta kolumner'],
}

/**
 * The terminal report: the summary first (changes per kind per section, the largest money
 * changes), then one line per change. Identical drafts give the summary only.
 */
export function renderText(diff: PlanDiff, style: Style = PLAIN): string {
  const lines = [`${style.heading('vplan diff')} ${describeRef(diff.old)} → ${describeRef(diff.new)}`]
  if (diff.equal) return [...lines, 'Inga ändringar.', ''].join('\n')
  lines.push(style.heading(`${diff.summary.total} ${diff.summary.total === 1 ? 'ändring' : 'ändringar'}`))
  for (const section of diff.summary.sections) lines.push(`  ${section.section}: ${describeCounts(section)}`)
  if (diff.summary.largestMoneyChanges.length > 0) {
    lines.push('', style.heading('Största beloppsförändringar'))
    for (const { change: index } of diff.summary.largestMoneyChanges) {
      const change = diff.changes[index]
      if (change?.kind !== 'value' || change.delta === undefined) continue
      const percent = change.percent !== undefined ? ` (${formatPercent(change.percent)})` : ''
      lines.push(`  ${formatPath(change.path)}: ${withUnit(formatDelta(change.delta), change.unit)}${percent}`)
    }
  }
  lines.push('', style.heading('Ändringar'))
  for (const change of diff.changes) lines.push(describeChange(change, style))
  return lines.join('\n') + '\n'
}

/** "knivsta-sn-2024 (2023-12)", or just the id when the plan states no date. */
export function describeRef(ref: PlanRef): string {
  return ref.date ? `${ref.id} (${ref.date})` : ref.id
}

export function describeCounts(section: SectionSummary): string {
  return CHANGE_KINDS.flatMap((kind) => {
    const count = section.counts[kind]
    if (!count) return []
    const [one, many] = KIND_WORDS[kind]
    return [`${formatNumber(count)} ${count === 1 ? one : many}`]
  }).join(', ')
}
