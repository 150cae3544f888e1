import type { Change, PlanDiff } from '../../types.js'

/**
 * Finds the changes of an item by its key, gives each changed item one anchor id, and records
 * which anchors the document part actually rendered, so every change in the list links somewhere.
 */
export class ChangeIndex {
  private readonly byKey = new Map<string, Change[]>()
  private readonly anchors = new Map<string, string>()
  readonly rendered = new Set<string>()

  constructor(readonly diff: PlanDiff) {
    for (const change of diff.changes) {
      const list = this.byKey.get(change.key)
      if (list) list.push(change)
      else this.byKey.set(change.key, [change])
      if (!this.anchors.has(change.key)) this.anchors.set(change.key, `d${this.anchors.size + 1}`)
    }
  }

  of(key: string): Change[] {
    return this.byKey.get(key) ?? []
  }

  /** The anchor id for an item with changes (marking it rendered), else undefined. */
  anchor(key: string): string | undefined {
    const id = this.anchors.get(key)
    if (id) this.rendered.add(key)
    return id
  }

  hrefOf(change: Change): string {
    return `#${this.anchors.get(change.key)}`
  }

  /** Keys of changes the document part did not show: they get their own list at the end. */
  unrendered(): Change[] {
    return this.diff.changes.filter((change) => !this.rendered.has(change.key))
  }
}
