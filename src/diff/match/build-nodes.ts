import { keySegment, normalizeLabel } from './normalize-label.js'

/** One item of a tree that the diff matches across drafts: a row, a goal, a section… */
export interface NodeInput<T> {
  item: T
  /** Items only match items of the same kind (a focus item never matches an assignment). */
  kind: string
  label: string
  /** An explicit stable id from the plan; wins over everything else. */
  id?: string | undefined
  /** The item's content apart from its label: equal fingerprints + a changed label = a rename. */
  fingerprint: string
  /** Index of the parent in the same list (parents come before their children), -1 for the root. */
  parent: number
  /** A grouping that exists only to give children a parent (e.g. a supplier schedule's year): matched, never reported. */
  synthetic?: boolean
}

export interface TreeNode<T> extends NodeInput<T> {
  norm: string
  /** Position among its siblings. */
  index: number
  /** Unique address in its tree: ids or label slugs from the root, e.g. "vard-och-omsorg/lov-hemtjanst". */
  key: string
}

export function buildNodes<T>(inputs: readonly NodeInput<T>[]): TreeNode<T>[] {
  const siblingCount = new Map<number, number>()
  const usedKeys = new Set<string>()
  const nodes: TreeNode<T>[] = []
  for (const input of inputs) {
    const index = siblingCount.get(input.parent) ?? 0
    siblingCount.set(input.parent, index + 1)
    const parentKey = input.parent === -1 ? '' : `${nodes[input.parent]?.key ?? ''}/`
    const base = parentKey + (input.id ?? keySegment(input.label))
    let key = base
    for (let n = 2; usedKeys.has(key); n++) key = `${base}~${n}`
    usedKeys.add(key)
    nodes.push({ ...input, norm: normalizeLabel(input.label), index, key })
  }
  return nodes
}
