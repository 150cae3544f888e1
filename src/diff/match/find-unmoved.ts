/**
 * Marks the longest increasing subsequence of `sequence`: the items that kept their relative
 * order. Everything else changed place. O(n log n), so it needs no work bound.
 */
export function findUnmoved(sequence: readonly number[]): boolean[] {
  const tails: number[] = []
  const previous = new Array<number>(sequence.length).fill(-1)
  for (let i = 0; i < sequence.length; i++) {
    const value = sequence[i]!
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (sequence[tails[mid]!]! < value) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[i] = tails[low - 1]!
    tails[low] = i
  }
  const kept = new Array<boolean>(sequence.length).fill(false)
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) kept[i] = true
  return kept
}
