import type { Meta } from '../../model/index.js'
import { documentTitle } from './document-title.js'

/**
 * What the web page says about itself to search engines and link previews
 * (`<meta name="description">`): the plan's own description, or else one built from what the
 * plan states — its full title, the year when the title does not give it, and the adoption line.
 * Nothing else is added, so the description never claims what the plan does not.
 */
export function describePlan(meta: Pick<Meta, 'description' | 'title' | 'board' | 'municipality' | 'year' | 'adopted'>): string {
  if (meta.description) return meta.description.trim()
  const title = documentTitle(meta)
  const year = String(meta.year)
  const sentences = [title.includes(year) ? title : `${title}, ${year}`]
  if (meta.adopted) sentences.push(meta.adopted.trim())
  return sentences.map((sentence) => sentence.replace(/[.\s]*$/, '.')).join(' ')
}
