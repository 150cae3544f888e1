import type { Meta } from '../../model/index.js'
import { AREA_LABELS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { compareValue, type Address } from '../compare/compare-values.js'

/** Each particular as one comparable text; the decision's parts each on their own, so a new § shows as one change. */
const FIELDS: [key: string, label: string, value: (meta: Meta) => unknown][] = [
  ['municipality', 'Kommun', (m) => m.municipality],
  ['board', 'Nämnd', (m) => m.board],
  ['year', 'År', (m) => m.year],
  ['title', 'Titel', (m) => m.title],
  ['subtitle', 'Undertitel', (m) => m.subtitle],
  ['adopted', 'Antagen', (m) => m.adopted],
  ['date', 'Datum', (m) => m.date],
  ['description', 'Beskrivning', (m) => m.description],
  ['registrationNumber', 'Diarienummer', (m) => m.registrationNumber],
  ['decision.body', 'Beslutad av', (m) => m.decision?.body],
  ['decision.date', 'Beslutsdatum', (m) => m.decision?.date],
  ['decision.paragraph', 'Paragraf', (m) => m.decision?.paragraph],
  ['validity', 'Giltighetstid', (m) => m.validity],
  ['owner', 'Dokumentägare', (m) => m.owner],
  ['template', 'Mall', (m) => m.template],
  ['keywords', 'Nyckelord', (m) => m.keywords],
  ['logo', 'Logotyp', (m) => m.logo],
]

/** The document's particulars: title, board, year, date, decision, template… */
export function diffMeta(context: DiffContext, before: Meta, after: Meta): void {
  const at: Address = { area: 'meta', key: 'meta:', path: [AREA_LABELS.meta] }
  for (const [field, label, value] of FIELDS) {
    // A year is a label here, not an amount: 2023 → 2024 is no "+1 (+0,05 %)".
    emit(context, compareValue({ ...at, key: `meta:${field}` }, label, asText(value(before)), asText(value(after))))
  }
}

function asText(value: unknown): string | null {
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : String(value)
}
