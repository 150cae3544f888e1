import { h } from 'hastscript'
import type { Element } from 'hast'
import type { ChangeIndex } from './change-index.js'
import { markReplacement, markWords } from './render-marks.js'

/** A text field (a description) of an item, with its rewording marked; nothing when empty. */
export function renderTextField(index: ChangeIndex, key: string, field: string, text: string | undefined, className = 'prose'): Element | undefined {
  const change = index.of(key).find((c) => c.kind === 'text' && c.field === field)
  if (change?.kind === 'text') {
    return h('div', { className: [className, 'changed'] }, change.parts ? markWords(change.parts) : markReplacement(change.old, change.new))
  }
  const value = text?.trim()
  return value ? h('div', { className: [className, 'unchanged'] }, value) : undefined
}
