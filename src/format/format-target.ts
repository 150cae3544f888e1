import { parseSwedishNumber } from '../model/index.js'
import { formatFree } from './format-number.js'
import { withUnit } from './format-unit.js'

/** A target read as its comparison, its figure and its unit: ">88%" → ">", 88, "%". Not a number ("NY"): undefined. */
export function parseTarget(target: string): { comparison: string; value: number; unit: string | undefined } | undefined {
  const match = /^([<>≤≥]?)\s*(.+?)\s*(%?)$/.exec(target.trim())
  const value = match ? parseSwedishNumber((match[2] ?? '').replace('.', ',')) : undefined
  if (!match || value === undefined) return undefined
  return { comparison: match[1] ?? '', value, unit: match[3] || undefined }
}

/** Targets such as ">88%", "<8,71%", ">-12%", "NY" in sv-SE typography: ">88 %", "<8,71 %", ">−12 %". */
export function formatTarget(target: string): string {
  const parsed = parseTarget(target)
  if (!parsed) return target
  return `${parsed.comparison}${withUnit(formatFree(parsed.value), parsed.unit)}`
}
