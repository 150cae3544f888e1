import type { MoneyTable } from '../model/index.js'

/** How many decimals a figure in this unit is published with (and so compared at). */
export function decimalsOf(unit: MoneyTable['unit'] | '%'): number {
  return unit === 'mnkr' || unit === '%' ? 1 : 0
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** Two published figures agree when they are equal at the precision they are printed with. */
export function agree(derived: number, stated: number, decimals: number): boolean {
  return Math.abs(roundTo(derived, decimals) - roundTo(stated, decimals)) < 10 ** -(decimals + 3)
}
