import { createHash } from 'node:crypto'
import Handlebars from 'handlebars'
import { HELPER_NAMES } from './helpers.js'
import type { TemplateSet } from '../model/index.js'

/** How compose compiles the document and every partial; precompiling uses the very same options. */
export const COMPILE_OPTIONS = { noEscape: true, strict: false, preventIndent: true } as const

/**
 * Everything checkTemplates' verdict and Handlebars' compiled code depend on: the texts and names
 * of the templates, the helper names the check accepts, the compile options and the Handlebars
 * version. Two sets with the same hash check alike and compile to the same code. File paths are
 * left out: they only appear in diagnostics, and a set is precompiled only when it has none.
 */
export function templateSourcesHash(set: Pick<TemplateSet, 'document' | 'partials'>): string {
  const partials = Object.keys(set.partials).sort().map((name) => [name, set.partials[name]!.text])
  const input = JSON.stringify({
    handlebars: Handlebars.VERSION,
    helpers: [...HELPER_NAMES].sort(),
    options: COMPILE_OPTIONS,
    document: set.document.text,
    partials,
  })
  return createHash('sha256').update(input).digest('hex')
}
