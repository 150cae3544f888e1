import type { Node } from 'unist'

type Point = NonNullable<Node['position']>['start']

/**
 * A deep copy of a parsed node, its positions moved down by `lines` lines and on by `offset`
 * characters: a chunk parsed on its own becomes the part of the whole document it came from.
 * Columns stay: chunks start at the start of a line. Everything is copied, so the copy can be
 * annotated (heading numbers, table row kinds) without touching the cached original.
 */
export function copyShifted<T extends Node>(node: T, lines: number, offset: number): T {
  // A loop, not recursion: the loader refuses only container nesting before parsing, so the tree
  // may be thousands of levels deep (emphasis in emphasis) and is then reported, not a crash.
  const copy = copyFields(node, lines, offset)
  const pending: [Node, Record<string, unknown>][] = [[node, copy]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [original, copied] = next
    const children = (original as Node & { children?: Node[] }).children
    if (!children) continue
    const list = copied.children as Record<string, unknown>[]
    for (const child of children) {
      const childCopy = copyFields(child, lines, offset)
      list.push(childCopy)
      pending.push([child, childCopy])
    }
  }
  return copy as T
}

/** The node's own fields, in their order; `children` an empty list for the caller to fill. */
function copyFields(node: Node, lines: number, offset: number): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const key in node) {
    const value: unknown = (node as unknown as Record<string, unknown>)[key]
    if (key === 'children' && Array.isArray(value)) copy[key] = []
    else if (key === 'position' && value) copy[key] = shiftedPosition(value as NonNullable<Node['position']>, lines, offset)
    else copy[key] = copyValue(value)
  }
  return copy
}

/** Node fields are JSON-like (`align`, directive `attributes`, `data`): copied by hand, which is cheaper than structuredClone. */
function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(copyValue)
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value)
  const copy: Record<string, unknown> = {}
  for (const key in value) copy[key] = copyValue((value as Record<string, unknown>)[key])
  return copy
}

function shiftedPosition(position: NonNullable<Node['position']>, lines: number, offset: number): NonNullable<Node['position']> {
  return { start: shiftedPoint(position.start, lines, offset), end: shiftedPoint(position.end, lines, offset) }
}

export function shiftedPoint(point: Point, lines: number, offset: number): Point {
  return point.offset === undefined
    ? { line: point.line + lines, column: point.column }
    : { line: point.line + lines, column: point.column, offset: point.offset + offset }
}
