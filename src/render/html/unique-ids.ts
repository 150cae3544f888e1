import { slug } from 'github-slugger'
import { visit } from 'unist-util-visit'
import type { Root } from 'mdast'

/** Ids the page layout uses itself (skip-link target, TOC title). Slugs keep å/ä/ö, so no heading "Innehåll…" can take them. */
export const PAGE_IDS = { main: 'huvudinnehall', tocTitle: 'innehallsforteckning' } as const

export interface IdRegistry {
  /** A unique, attribute-safe id derived from `wanted`: `wanted` itself when free, else `wanted-2`, `wanted-3`… */
  claim(wanted: string): string
  has(id: string): boolean
}

/**
 * Heading ids are already unique (the document stage slugs them) and the TOC links to them, so
 * they are taken first and never renamed; table and caption ids yield to them.
 */
export function createIdRegistry(tree: Root): IdRegistry {
  const used = new Set<string>(Object.values(PAGE_IDS))
  visit(tree, 'heading', (heading) => {
    if (heading.data?.id) used.add(heading.data.id)
  })
  return {
    has: (id) => used.has(id),
    claim(wanted) {
      // An id is one token for aria-labelledby and a fragment for links: no spaces, nothing odd.
      const base = /^[\p{L}\p{N}_-]+$/u.test(wanted) ? wanted : slug(wanted) || 'id'
      let id = base
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`
      used.add(id)
      return id
    },
  }
}
