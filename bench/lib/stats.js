// Summaries of repeated measurements: median with min and max, and how noisy they were.

export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return undefined
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  const min = sorted[0]
  const max = sorted.at(-1)
  return { median, min, max, runs: sorted.length, spread: median > 0 ? (max - min) / median : 0 }
}

/** "1.23 s (1.10–1.40)" or "85 ms (80–95)": seconds above one second, milliseconds below. */
export function formatTime(summary) {
  if (!summary) return 'n/a'
  const { median, min, max } = summary
  if (median >= 1000) return `${s(median)} s (${s(min)}–${s(max)})`
  return `${ms(median)} ms (${ms(min)}–${ms(max)})`
}

export function formatMb(summary) {
  if (!summary) return 'n/a'
  return `${Math.round(summary.median)} MB (${Math.round(summary.min)}–${Math.round(summary.max)})`
}

export function formatSpread(summary) {
  return summary ? `±${Math.round((summary.spread * 100) / 2)} %` : 'n/a'
}

export function ratio(a, b) {
  if (!a || !b || !b.median) return 'n/a'
  return `${(a.median / b.median).toFixed(2)}×`
}

const s = (v) => (v / 1000).toFixed(2)
const ms = (v) => (v >= 100 ? Math.round(v) : v.toFixed(1))
