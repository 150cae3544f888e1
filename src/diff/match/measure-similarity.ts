import type { WorkBudget } from '../work-budget.js'

/**
 * Sørensen–Dice coefficient over character bigrams of two normalised labels: 1 for equal, 0 for
 * nothing in common. It rewards shared word parts, so "Cabonline Region Mitt AB" and "Cabonline
 * Mitt AB" score high while unrelated rows of similar length do not. Costs |a| + |b| steps.
 */
export function measureSimilarity(a: string, b: string, budget?: WorkBudget): number {
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return 0
  if (budget && !budget.spend(a.length + b.length)) return 0
  const counts = new Map<string, number>()
  for (let i = 0; i < a.length - 1; i++) {
    const bigram = a.slice(i, i + 2)
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < b.length - 1; i++) {
    const bigram = b.slice(i, i + 2)
    const left = counts.get(bigram) ?? 0
    if (left > 0) {
      counts.set(bigram, left - 1)
      shared++
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1))
}

/**
 * Dice coefficient over the words of two normalised texts. For paragraphs this tells a reworded
 * paragraph from a different one better than bigrams, which two Swedish texts share anyway.
 * Costs one step per word.
 */
export function measureWordSimilarity(a: string, b: string, budget?: WorkBudget): number {
  if (a === b) return 1
  const wordsA = a.split(' ').filter(Boolean)
  const wordsB = b.split(' ').filter(Boolean)
  if (wordsA.length === 0 || wordsB.length === 0) return 0
  if (budget && !budget.spend(wordsA.length + wordsB.length)) return 0
  const counts = new Map<string, number>()
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of wordsB) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      counts.set(word, left - 1)
      shared++
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length)
}
