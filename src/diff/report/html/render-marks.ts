import { h } from 'hastscript'
import type { ElementContent } from 'hast'
import type { Scalar, ValueChange, WordPart } from '../../types.js'
import { formatDelta, formatPercent, formatScalar } from '../../../format/index.js'

/** Screen readers do not announce <ins>/<del>; a hidden word says what the mark means. */
export function inserted(content: ElementContent[] | string): ElementContent {
  return h('ins', [h('span.sr', 'tillagt: '), ...asContent(content)])
}

export function deleted(content: ElementContent[] | string): ElementContent {
  return h('del', [h('span.sr', 'borttaget: '), ...asContent(content)])
}

/** A word diff inline: kept text as is, insertions and deletions marked. */
export function markWords(parts: readonly WordPart[]): ElementContent[] {
  return parts.map((part) => (part.op === 'insert' ? inserted(part.text) : part.op === 'delete' ? deleted(part.text) : { type: 'text', value: part.text }))
}

/** Old and new text side by side when a word diff is not worth showing. */
export function markReplacement(before: string, after: string): ElementContent[] {
  return [...(before ? [deleted(before), { type: 'text' as const, value: ' ' }] : []), ...(after ? [inserted(after)] : [])]
}

/** A changed cell: the old value struck through beside the new one, and the delta. */
export function markValue(change: ValueChange): ElementContent[] {
  const content: ElementContent[] = [deleted(formatScalar(change.old)), { type: 'text', value: ' ' }, inserted(formatScalar(change.new))]
  const said = [change.delta !== undefined ? formatDelta(change.delta) : '', change.percent !== undefined ? formatPercent(change.percent) : ''].filter(Boolean)
  if (said.length > 0) content.push(h('span.delta', ` (${said.join(', ')})`))
  return content
}

export function cellText(value: Scalar | undefined): string {
  return formatScalar(value ?? null)
}

function asContent(content: ElementContent[] | string): ElementContent[] {
  return typeof content === 'string' ? [{ type: 'text', value: content }] : content
}
