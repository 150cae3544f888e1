import type { Meta } from '../../model/index.js'
import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { compareValue, type Address } from '../compare/compare-values.js'

const FIELDS: [keyof Meta, string][] = [
  ['municipality', 'Kommun'],
  ['board', 'Nämnd'],
  ['year', 'År'],
  ['title', 'Titel'],
  ['subtitle', 'Undertitel'],
  ['adopted', 'Antagen'],
  ['date', 'Datum'],
  ['template', 'Mall'],
  ['keywords', 'Nyckelord'],
]

/** The document's particulars: title, board, year, date, template… */
export function diffMeta(context: DiffContext, before: Meta, after: Meta): void {
  const at: Address = { area: 'meta', key: 'meta:', path: [AREA_LABELS.meta] }
  for (const [field, label] of FIELDS) {
    // A year is a label here, not an amount: 2023 → 2024 is no "+1 (+0,05 %)".
    emit(context, compareValue({ ...at, key: `meta:${field}` }, label, asText(before[field]), asText(after[field])))
  }
}

function asText(value: Meta[keyof Meta]): string | null {
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : String(value)
}
