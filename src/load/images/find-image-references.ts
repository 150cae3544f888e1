import type { Definition, Image, ImageReference, Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { parseMarkdown } from '../../markdown/index.js'
import type { SourcePosition } from '../types.js'

/** An image as one Markdown text writes it, at its position in that text. */
export interface ImageUse {
  /** The address as the parsed tree holds it (percent-encoded): the renderers look images up by it. */
  url: string
  alt: string
  title: string | undefined
  position: SourcePosition
}

/**
 * Every image of one Markdown text: `![alt](url "title")` and `![alt][ref]` with its definition.
 * The text is parsed through the shared cache, which the document stage reads from again.
 */
export function findImageUses(text: string): ImageUse[] {
  if (!text.includes('![')) return [] // most texts: no parse needed to know
  const tree = parseMarkdown(text)
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier.toUpperCase())) definitions.set(node.identifier.toUpperCase(), node)
  })
  const uses: ImageUse[] = []
  visit(tree as Nodes, (node) => {
    if (node.type === 'image') uses.push(useOf(node, node.url, node.title))
    if (node.type === 'imageReference') {
      const definition = definitions.get((node as ImageReference).identifier.toUpperCase())
      if (definition) uses.push(useOf(node, definition.url, definition.title))
    }
  })
  return uses
}

function useOf(node: Image | ImageReference, url: string, title: string | null | undefined): ImageUse {
  return {
    url,
    alt: node.alt ?? '',
    title: title ?? undefined,
    position: { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
  }
}
