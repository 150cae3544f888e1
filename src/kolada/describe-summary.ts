import { formatFree } from '../format/index.js'
import type { SnapshotSummary, ValueChange } from './compare-snapshots.js'

const GENDER_LABEL = { T: '', K: ' K', M: ' M' } as const

/** The lines `vplan kolada` prints after writing: counts, then each revised value. */
export function describeSummary(file: string, summary: SnapshotSummary): string[] {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const lines = [
    `${file}: ${count(summary.added.length, 'new value', 'new values')}, ${count(summary.changed.length, 'changed', 'changed')}, ${count(summary.missing.length, 'still missing', 'still missing')}`,
  ]
  for (const change of summary.changed) lines.push(`  changed ${label(change)}: ${value(change.before)} → ${value(change.after)}`)
  for (const gap of summary.missing) lines.push(`  missing ${gap.kpi} ${gap.year}`)
  return lines
}

function label(change: ValueChange): string {
  return `${change.kpi} ${change.year}${GENDER_LABEL[change.gender]}`
}

function value(v: number | null): string {
  return v === null ? '–' : formatFree(v)
}
