import { h } from 'hastscript'
import type { Element } from 'hast'
import type { Meta } from '../../model/index.js'

/**
 * The document header of the fragment: municipality, title, subtitle, adoption line. The full
 * page writes the same block in templates/<name>/page.html, where a municipality can change it.
 */
export function buildHeader(meta: Meta): Element {
  return h('header.doc-header', [
    h('p.municipality', meta.municipality),
    h('h1.doc-title', meta.title),
    meta.subtitle ? h('p.subtitle', meta.subtitle) : undefined,
    meta.adopted ? h('p.adopted', meta.adopted) : undefined,
  ])
}
