import { MAX_SVG_USE_DEPTH, MAX_SVG_USE_EXPANSION } from './limits.js'

/** `<use>` references gathered while the SVG is read. */
export interface UseGraph {
  /** For each element with an id, the targets of the `<use>` elements inside it. */
  targets: Map<string, string[]>
  /** Elements open while reading, each collecting the uses inside it. */
  frames: { id: string | undefined; targets: string[] }[]
  /** Every `<use>` target in the file. */
  all: string[]
}

/**
 * The "use bomb": ten uses of a group of ten uses of a group … draw 10^n shapes from a few lines,
 * and a use that reaches itself never ends. Counts what all uses expand to (memoised, so
 * the count itself stays cheap) and how deep they chain; returns why the file is refused, if it is.
 */
export function checkUses(graph: UseGraph): string | undefined {
  const expansion = new Map<string, { count: number; depth: number }>()
  const visiting = new Set<string>()
  let cycle = false
  const expand = (id: string): { count: number; depth: number } => {
    const known = expansion.get(id)
    if (known) return known
    if (visiting.has(id)) {
      cycle = true
      return { count: Infinity, depth: Infinity }
    }
    visiting.add(id)
    let count = 1
    let depth = 0
    for (const target of graph.targets.get(id) ?? []) {
      if (!graph.targets.has(target)) continue
      const inner = expand(target)
      count += inner.count
      depth = Math.max(depth, inner.depth + 1)
      if (count > MAX_SVG_USE_EXPANSION) break
    }
    visiting.delete(id)
    const result = { count, depth }
    expansion.set(id, result)
    return result
  }
  let total = 0
  let deepest = 0
  for (const target of graph.all) {
    if (!graph.targets.has(target)) continue
    const { count, depth } = expand(target)
    total += count
    deepest = Math.max(deepest, depth + 1)
    if (cycle) return 'a <use> in the SVG refers, through others, to itself; it could never be drawn'
    if (total > MAX_SVG_USE_EXPANSION) return `the SVG's <use> references expand to more than ${MAX_SVG_USE_EXPANSION} elements (an "SVG bomb"); simplify the drawing`
  }
  if (deepest > MAX_SVG_USE_DEPTH) return `the SVG's <use> references are chained ${deepest} deep; at most ${MAX_SVG_USE_DEPTH}`
  return undefined
}
