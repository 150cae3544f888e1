import type { PlanDiff } from '../types.js'

/**
 * The PlanDiff as JSON, 2-space indented, keys in one fixed order whatever order the engine
 * built objects in, so the output of two runs can itself be diffed.
 */
export function renderJson(diff: PlanDiff): string {
  return JSON.stringify(sortKeys(diff, TOP_RANK), null, 2) + '\n'
}

const TOP_RANK = new Map(['version', 'old', 'new', 'equal', 'summary', 'changes'].map((key, i) => [key, i]))

/** Keys in the order the types document them; unknown keys after, alphabetically. */
const KEY_ORDER = [
  'id', 'title', 'year', 'date',
  'total', 'sections', 'largestMoneyChanges', 'section', 'counts', 'change', 'kronor',
  'kind', 'area', 'key', 'path', 'field', 'column', 'oldColumn', 'tables', 'from', 'to', 'oldIndex', 'newIndex',
  'old', 'new', 'unit', 'delta', 'percent', 'derived', 'op', 'text', 'values', 'value', 'parts', 'at', 'index',
]
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]))

function sortKeys(value: unknown, rank: Map<string, number> = RANK): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
  entries.sort(([a], [b]) => (rank.get(a) ?? KEY_ORDER.length) - (rank.get(b) ?? KEY_ORDER.length) || a.localeCompare(b))
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
}
