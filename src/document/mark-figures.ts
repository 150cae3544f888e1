import type { Definition, Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { isDecorative } from '../model/index.js'
import type { Layout } from './types.js'

/**
 * Images become figures, decided once here so the HTML and the PDF show them alike:
 * - `![alt][ref]` becomes the image its definition names;
 * - an image standing in a paragraph with text is lifted out into a paragraph of its own after
 *   the text before it (the PDF cannot set an image inside a line, and a figure inside a sentence
 *   reads badly in both); the paragraph holding it gets `data.figure`;
 * - its title is its caption, unless the image is marked decorative; with the template's
 *   `figureNumbers` each captioned figure is numbered, "Figur 1. Processen …".
 * Images inside links or emphasis stay where they are (rare; the PDF prints their alt text
 * there and warns). A `:::chart` is a figure too: its title is its caption, numbered in the same
 * sequence.
 */
export function markFigures(tree: Root, layout: Layout): void {
  resolveImageReferences(tree)
  let number = 0
  visit(tree, (node) => {
    if (!('children' in node) || node.type === 'paragraph') return
    const children = node.children as RootContent[]
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      if (child.type !== 'paragraph' || !child.children.some((inline) => inline.type === 'image')) continue
      const parts = splitAtImages(child)
      children.splice(i, 1, ...parts)
      i += parts.length - 1
    }
  })
  // Images and charts are figures alike, numbered in one sequence in document order.
  visit(tree, (node) => {
    if (node.type === 'containerDirective' && node.name === 'chart') {
      const title = node.attributes?.title?.trim()
      if (title) node.data = { ...node.data, caption: layout.figureNumbers ? `Figur ${++number}. ${title}` : title }
      return
    }
    if (node.type !== 'paragraph' || !node.data?.figure) return
    const image = node.children[0] as Image
    const decorative = isDecorative(image.alt, image.title)
    const title = decorative ? undefined : image.title?.trim() || undefined
    const caption = title && layout.figureNumbers ? `Figur ${++number}. ${title}` : title
    node.data = { ...node.data, decorative, ...(caption ? { caption } : {}) }
  })
}

/** A paragraph's text runs and its images, each image in a figure paragraph of its own. */
function splitAtImages(paragraph: Paragraph): Paragraph[] {
  const parts: Paragraph[] = []
  let text: PhrasingContent[] = []
  const flush = () => {
    // Whitespace and line breaks left between images are no paragraph.
    if (text.some((inline) => !(inline.type === 'break' || (inline.type === 'text' && inline.value.trim() === '')))) {
      parts.push({ type: 'paragraph', children: trimEnds(text), ...positionOf(text) })
    }
    text = []
  }
  for (const inline of paragraph.children) {
    if (inline.type !== 'image') {
      text.push(inline)
      continue
    }
    flush()
    parts.push({ type: 'paragraph', children: [inline], data: { figure: true }, ...(inline.position ? { position: inline.position } : {}) })
  }
  flush()
  return parts
}

function trimEnds(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children]
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/, '') }
  const last = out[out.length - 1]
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') }
  return out
}

function positionOf(children: PhrasingContent[]): Pick<Paragraph, 'position'> {
  const start = children[0]?.position?.start
  const end = children[children.length - 1]?.position?.end
  return start && end ? { position: { start, end } } : {}
}

function resolveImageReferences(tree: Root): void {
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier.toUpperCase())) definitions.set(node.identifier.toUpperCase(), node)
  })
  visit(tree, 'imageReference', (node, index, parent) => {
    const definition = definitions.get(node.identifier.toUpperCase())
    if (!definition || !parent || index === undefined) return
    const image: Image = { type: 'image', url: definition.url, title: definition.title ?? null, alt: node.alt ?? '' }
    if (node.position) image.position = node.position
    parent.children[index] = image as never
  })
}

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** A chart's caption (mark-figures.ts): its title, numbered with the images when the template says so. */
    caption?: string
  }
}

declare module 'mdast' {
  interface ParagraphData {
    /** The paragraph is one image, a figure (mark-figures.ts). */
    figure?: boolean
    /** The figure's caption: its title, numbered when the template says so. */
    caption?: string
    /** Marked decorative: not announced (alt="" in HTML, an Artifact in the PDF). */
    decorative?: boolean
  }
}
