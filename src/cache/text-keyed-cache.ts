/**
 * A least-recently-used cache keyed by text and bounded by the total length of its keys, so
 * what it holds grows with the text it was given, not with the number of entries. An entry
 * longer than the whole bound is not kept: storing it would only evict everything else.
 */
export class TextKeyedCache<V> {
  private readonly entries = new Map<string, V>()
  private chars = 0

  constructor(readonly maxChars: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  /**
   * The value kept for `key`, or else `compute`'s, kept. `compute` gets a copy of the key that
   * the cache then keeps: keys are often slices of a larger text (a chunk of the composed
   * document, one line of it), and V8 keeps a slice's whole text alive, so a kept slice would
   * hold on to every version of the document it came from. The copy costs far less than what
   * is computed from it (0.02 ms for 40 K characters).
   */
  getOrCompute(key: string, compute: (ownKey: string) => V): V {
    const kept = this.get(key)
    if (kept !== undefined) return kept
    const ownKey = structuredClone(key)
    const value = compute(ownKey)
    this.set(ownKey, value)
    return value
  }

  /** Total length of the keys held. */
  get size(): number {
    return this.chars
  }

  private set(key: string, value: V): void {
    if (key.length > this.maxChars) return
    if (this.entries.delete(key)) this.chars -= key.length
    this.entries.set(key, value)
    this.chars += key.length
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break
      this.entries.delete(oldest)
      this.chars -= oldest.length
    }
  }
}
