import { parseSwedishNumber } from '../model/index.js'
import { formatFree, withUnit } from '../format/index.js'

/** Targets such as ">88%", "<8,71%", ">-12%", "NY" in sv-SE typography: ">88 %", "<8,71 %", ">−12 %". */
export function formatTarget(target: string): string {
  const match = /^([<>≤≥]?)\s*(.+?)\s*(%?)$/.exec(target.trim())
  const value = match ? parseSwedishNumber((match[2] ?? '').replace('.', ',')) : undefined
  if (!match || value === undefined) return target
  return `${match[1]}${withUnit(formatFree(value), match[3] || undefined)}`
}
