/** Figures in diagnostics are written as the user wrote them in YAML: plain, with a decimal point. */
export function formatForMessage(value: number, decimals: number): string {
  return value.toFixed(decimals)
}
