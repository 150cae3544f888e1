import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import type { Nodes, Root, RootContent } from 'mdast'
import type { NarrativeText } from '../snapshot.js'
import { splitAtHeadings } from './split-at-headings.js'
import { displayLabel, normalizeLabel } from '../match/normalize-label.js'
// The pipeline's block-only directives: text directives would eat Swedish prose ("c:a", "S:ta").
import { remarkBlockDirectives } from '../../markdown/index.js'
import type { NarrativeBlock, NarrativeSection } from './types.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkBlockDirectives).freeze()

/**
 * The narrative of a plan as a tree of sections. The heading context carries over from one file
 * to the next (as in the composed document), so text before a file's first heading belongs to
 * the section it continues. Text before any heading goes into the untitled section 0.
 * `trees` caches parsed pieces by their text, across both drafts of one diff.
 */
export function parseNarrative(narratives: readonly NarrativeText[], trees: Map<string, Root> = new Map()): NarrativeSection[] {
  const sections: NarrativeSection[] = [{ heading: '', depth: 0, parent: -1, blocks: [], source: narratives[0]?.source ?? '' }]
  const stack: number[] = []
  let current = 0
  for (const narrative of narratives) {
    const visit = (node: RootContent): void => {
      if (node.type === 'heading') {
        while (stack.length > 0 && sections[stack[stack.length - 1]!]!.depth >= node.depth) stack.pop()
        const parent = stack.length > 0 ? stack[stack.length - 1]! : -1
        current = sections.push({ heading: displayLabel(toString(node)), depth: node.depth, parent, blocks: [], source: narrative.source }) - 1
        stack.push(current)
        return
      }
      collectBlocks(node, sections[current]!.blocks, visit)
    }
    for (const piece of splitAtHeadings(narrative.text)) parsePiece(piece, trees).children.forEach(visit)
  }
  for (const section of sections) nameBlocks(section.blocks)
  return sections
}

/** Parsing is most of a diff's time: a section both drafts share is parsed once (trees are only read). */
function parsePiece(text: string, trees: Map<string, Root>): Root {
  let tree = trees.get(text)
  if (!tree) trees.set(text, (tree = processor.parse(text) as Root))
  return tree
}

function nameBlocks(blocks: NarrativeBlock[]): void {
  const counts = new Map<string, number>()
  for (const block of blocks) {
    const count = (counts.get(block.type) ?? 0) + 1
    counts.set(block.type, count)
    block.name = `${block.type} ${count}`
  }
}

function collectBlocks(node: RootContent, blocks: NarrativeBlock[], visit: (node: RootContent) => void): void {
  switch (node.type) {
    case 'paragraph':
      return addBlock(blocks, 'stycke', toString(node))
    case 'code':
      return addBlock(blocks, 'kod', node.value)
    case 'html':
      return addBlock(blocks, 'stycke', node.value)
    case 'list':
      for (const item of node.children) {
        // The item's own text is one block; a nested list adds its items after it.
        addBlock(blocks, 'punkt', item.children.filter((child) => child.type !== 'list').map(plain).join('\n'))
        item.children.filter((child) => child.type === 'list').forEach((list) => collectBlocks(list, blocks, visit))
      }
      return
    case 'table':
      for (const row of node.children) addBlock(blocks, 'tabellrad', row.children.map(plain).join(' | '))
      return
    case 'blockquote':
    case 'containerDirective':
      // Containers (:::note, :::keep) only wrap; their content is ordinary narrative.
      node.children.forEach((child) => visit(child as RootContent))
      return
    default:
      return
  }
}

function plain(node: Nodes): string {
  return toString(node)
}

function addBlock(blocks: NarrativeBlock[], type: NarrativeBlock['type'], raw: string): void {
  const text = type === 'kod' ? raw : displayLabel(raw)
  if (text !== '') blocks.push({ type, text, norm: normalizeLabel(text), name: '' })
}
