import { h } from 'hastscript'
import type { Element } from 'hast'
import type { ImageAsset, Meta } from '../../model/index.js'
import { imageElement } from './handle-image.js'
import { logoView } from './logo-view.js'
import { coverSubtitle } from '../meta/cover-subtitle.js'
import { documentFacts } from '../meta/document-facts.js'

/**
 * The document header of the fragment: municipality, title, subtitle (or board), adoption line and
 * the document's particulars as a definition list. The full page writes the same block in
 * templates/<name>/page.html, where a municipality can change it.
 */
export function buildHeader(meta: Meta, logo?: ImageAsset): Element {
  const facts = documentFacts(meta)
  return h('header.doc-header', [
    h('p.municipality', logo ? imageElement(logoSized(logo), meta.municipality, 'logo') : meta.municipality),
    h('h1.doc-title', meta.title),
    h('p.subtitle', coverSubtitle(meta)),
    meta.adopted ? h('p.adopted', meta.adopted) : undefined,
    // A div per term and its definition is allowed in a dl (HTML 5.2) and lets CSS lay each out as one row.
    facts.length > 0 ? h('dl.doc-facts', facts.map((fact) => h('div', [h('dt', fact.label), h('dd', fact.value)]))) : undefined,
  ])
}

/** The logo at the size the page header shows it (logo-view.ts). */
function logoSized(logo: ImageAsset): ImageAsset {
  const { width, height } = logoView(logo)
  return { ...logo, width, height }
}
