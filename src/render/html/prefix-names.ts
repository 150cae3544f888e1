import { visit } from 'unist-util-visit'
import type { Element, Properties } from 'hast'

/** Properties that hold id references (space-separated lists). */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor', 'headers'] as const

/**
 * Prefixes every class name, id and in-page reference, so a fragment pasted into a CMS page
 * neither picks up the host's `.note` or `#summa` styles nor collides with the host's ids.
 */
export function prefixNames(tree: Element, prefix: string): void {
  visit(tree, 'element', (element: Element) => {
    const properties: Properties = element.properties
    if (properties.className !== undefined) properties.className = tokens(properties.className).map((name) => prefix + name)
    if (typeof properties.id === 'string') properties.id = prefix + properties.id
    for (const key of ID_REFERENCES) {
      if (properties[key] !== undefined) properties[key] = tokens(properties[key]).map((id) => prefix + id)
    }
    if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${prefix}${properties.href.slice(1)}`
  })
}

function tokens(value: Properties[string]): string[] {
  if (Array.isArray(value)) return value.map(String)
  return String(value).split(/\s+/).filter(Boolean)
}
