import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Root } from 'mdast'
import { remarkBlockDirectives } from './block-directives.js'

/** One processor for the whole process: building it is the expensive part, parsing is cheap. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkBlockDirectives).freeze()

/** One Markdown text parsed as a whole: the reference every faster path must equal. */
export function parseWholeText(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root
}
