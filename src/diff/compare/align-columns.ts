import { normalizeLabel } from '../match/normalize-label.js'

/** How the columns of one table correspond between drafts. Values are compared by label, never by position. */
export interface ColumnAlignment {
  /** [old index, new index] of columns present in both drafts, in new order. */
  pairs: [number, number][]
  /** Pairs whose label changed but which hold the same year ("Prognos 2023" → "Utfall 2023"). */
  renamed: [number, number][]
  added: number[]
  removed: number[]
}

/**
 * Pairs columns by normalised label; then pairs leftovers that name the same single year, the
 * usual edit between drafts when a forecast becomes an outcome.
 */
export function alignColumns(old: readonly string[], neu: readonly string[]): ColumnAlignment {
  const oldToNew = new Array<number>(old.length).fill(-1)
  const newToOld = new Array<number>(neu.length).fill(-1)
  const oldNorms = old.map(normalizeLabel)
  neu.forEach((label, n) => {
    const o = oldNorms.findIndex((norm, i) => oldToNew[i] === -1 && norm === normalizeLabel(label))
    if (o !== -1) [oldToNew[o], newToOld[n]] = [n, o]
  })
  const renamed: [number, number][] = []
  neu.forEach((label, n) => {
    if (newToOld[n] !== -1) return
    const year = singleYear(label)
    const sameYear = old.flatMap((l, o) => (oldToNew[o] === -1 && year !== undefined && singleYear(l) === year ? [o] : []))
    const newSameYear = neu.filter((l, i) => newToOld[i] === -1 && singleYear(l) === year)
    if (sameYear.length === 1 && newSameYear.length === 1) {
      const o = sameYear[0]!
      ;[oldToNew[o], newToOld[n]] = [n, o]
      renamed.push([o, n])
    }
  })
  return {
    pairs: newToOld.flatMap((o, n) => (o === -1 ? [] : [[o, n] as [number, number]])),
    renamed,
    added: newToOld.flatMap((o, n) => (o === -1 ? [n] : [])),
    removed: oldToNew.flatMap((n, o) => (n === -1 ? [o] : [])),
  }
}

function singleYear(label: string): string | undefined {
  const years = label.match(/\b(?:19|20|21)\d{2}\b/g)
  return years?.length === 1 ? years[0] : undefined
}
