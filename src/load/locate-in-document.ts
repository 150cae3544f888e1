import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml'
import type { DataPath, SourcePosition } from './types.js'

export interface Locator {
  /** Where the value at `path` starts; the nearest existing ancestor's value when absent. */
  value(path: DataPath): SourcePosition
  /** Where the key of the last segment starts (for unknown keys); falls back like `value`. */
  key(path: DataPath): SourcePosition
}

interface Step {
  key?: Node | undefined
  value: Node | null
}

/**
 * Maps data paths back to plan.yaml. Aliases and merge keys (`<<: *defaults`) are followed, so a
 * value that came from an anchor is found where it is written.
 */
export function createLocator(doc: Document.Parsed, lineCounter: LineCounter): Locator {
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const start = (step: Step): number => {
    const value = step.value
    // `unit:` with nothing after it: the empty scalar sits after the colon; the key is what the eye finds.
    const empty = !value || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1])
    if (empty && step.key?.range) return step.key.range[0]
    return value?.range?.[0] ?? 0
  }
  return {
    value: (path) => position(start(last(walk(doc, path)))),
    key: (path) => {
      const steps = walk(doc, path)
      const found = steps.length === path.length + 1
      const step = last(steps)
      return position(found && step.key?.range ? step.key.range[0] : start(step))
    },
  }
}

function last(steps: Step[]): Step {
  return steps[steps.length - 1]!
}

/** The chain of nodes along the path, as far as it exists (the first entry is the document root). */
function walk(doc: Document.Parsed, path: DataPath): Step[] {
  const steps: Step[] = [{ value: doc.contents }]
  for (const segment of path) {
    const node = resolve(doc, last(steps).value)
    let next: Step | undefined
    if (isMap(node)) {
      const pair = findPair(doc, node, segment, 0)
      if (pair) next = { key: pair.key as Node, value: pair.value as Node | null }
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined
      if (item) next = { value: item }
    }
    if (!next) break
    steps.push(next)
  }
  return steps
}

function resolve(doc: Document.Parsed, node: Node | null): Node | null {
  let current = node
  for (let hops = 0; hops < 100 && isAlias(current); hops++) current = (current.resolve(doc) as Node | undefined) ?? null
  return current
}

function findPair(doc: Document.Parsed, map: YAMLMap, segment: string | number, depth: number): Pair | undefined {
  const direct = map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))
  if (direct || depth > 20) return direct
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
    for (const source of sources) {
      const target = resolve(doc, source as Node | null)
      const found = isMap(target) ? findPair(doc, target, segment, depth + 1) : undefined
      if (found) return found
    }
  }
  return undefined
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false
  return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<')
}
