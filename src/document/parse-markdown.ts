import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Root } from 'mdast'
import { remarkBlockDirectives } from './block-directives.js'

/** One processor for the whole process: building it is the expensive part, parsing is cheap. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkBlockDirectives).freeze()

export function parseMarkdown(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root
}
