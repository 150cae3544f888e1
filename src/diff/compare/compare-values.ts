import type { Area, Scalar, ValueChange } from '../types.js'

export interface Address {
  area: Area
  key: string
  path: string[]
}

/** A value change with delta and percentage when both sides are numbers; undefined when equal. */
export function compareValue(
  at: Address,
  field: string,
  before: Scalar | undefined,
  after: Scalar | undefined,
  options: { unit?: string | undefined; derived?: boolean } = {},
): ValueChange | undefined {
  const old = before ?? null
  const neu = after ?? null
  if (old === neu) return undefined
  const change: ValueChange = { kind: 'value', area: at.area, key: at.key, path: [...at.path, field], field, old, new: neu }
  if (options.unit) change.unit = options.unit
  if (typeof old === 'number' && typeof neu === 'number') {
    change.delta = round(neu - old, 6)
    if (old !== 0 && !isPercentUnit(options.unit)) change.percent = round(((neu - old) / Math.abs(old)) * 100, 4)
  }
  if (options.derived) change.derived = true
  return change
}

function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && /%|procent/i.test(unit)
}

/** Rounds away the float noise of sums such as 713.7 − 671.2 = 42.49999999999994. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
