import type { Change, ColumnValue, ValueChange } from '../types.js'
import { formatDelta, formatPercent, formatScalar, withUnit } from '../../format/index.js'
import { inlineWords, truncate } from './inline-words.js'
import type { Style } from './style.js'

/** Longer path segments (goal titles are sentences) are cut so a line stays readable. */
const SEGMENT_LENGTH = 70

/** The change as one line, addressed by its path: "Driftsbudget › LOV … › Nämndbudget 2024: 36 414 → 37 414 tkr (+1 000, +2,7 %)". */
export function describeChange(change: Change, style: Style): string {
  return `${formatPath(change.path)}: ${describeWhat(change, style)}`
}

export function formatPath(path: readonly string[]): string {
  return path.map((segment) => truncate(segment, SEGMENT_LENGTH)).join(' › ')
}

function describeWhat(change: Change, style: Style): string {
  switch (change.kind) {
    case 'value':
      return describeValue(change, style)
    case 'text':
      return change.parts
        ? inlineWords(change.parts, style)
        : `ersatt: ${style.deleted(`[-${truncate(change.old) || '(tom)'}-]`)} ${style.inserted(`{+${truncate(change.new) || '(tom)'}+}`)}`
    case 'added':
      return style.inserted('tillagd') + details(change.values, change.unit, change.text)
    case 'removed':
      return style.deleted('borttagen') + details(change.values, change.unit, change.text)
    case 'renamed':
      return `omdöpt från ”${change.old}”` + (change.parts ? ` (${inlineWords(change.parts, style)})` : '')
    case 'moved':
      return sameParent(change.from, change.to)
        ? `flyttad från plats ${change.oldIndex + 1} till ${change.newIndex + 1}`
        : `flyttad från ${formatPath(change.from)} till ${formatPath(change.to)}`
    case 'columnAdded':
      return style.inserted(`ny kolumn ”${change.column}”`) + tableCount(change.tables)
    case 'columnRemoved':
      return style.deleted(`borttagen kolumn ”${change.column}”`) + tableCount(change.tables)
    case 'columnRenamed':
      return `kolumnen ”${change.oldColumn}” heter nu ”${change.column}”` + tableCount(change.tables)
  }
}

function describeValue(change: ValueChange, style: Style): string {
  const values = `${style.deleted(formatScalar(change.old))} → ${style.inserted(formatScalar(change.new))}`
  const line = change.unit && typeof change.new === 'number' ? withUnit(values, change.unit) : values
  const changes = [change.delta !== undefined ? formatDelta(change.delta) : undefined, change.percent !== undefined ? formatPercent(change.percent) : undefined]
  const said = changes.filter(Boolean)
  return said.length > 0 ? `${line} (${said.join(', ')})` : line
}

function details(values: ColumnValue[] | undefined, unit: string | undefined, text: string | undefined): string {
  if (values && values.length > 0) {
    return ` (${values.map(({ column, value }) => `${column}: ${value === null ? '–' : withUnit(formatScalar(value), unit)}`).join('; ')})`
  }
  return text ? `: ”${truncate(text)}”` : ''
}

function tableCount(tables: readonly string[]): string {
  return tables.length > 1 ? ` (i ${tables.length} tabeller)` : ''
}

function sameParent(from: readonly string[], to: readonly string[]): boolean {
  return from.length === to.length && from.every((segment, i) => segment === to[i])
}
