import { directive } from 'micromark-extension-directive'
import { directiveFromMarkdown } from 'mdast-util-directive'
import type { Processor } from 'unified'

/**
 * remark-directive minus text directives. Inline `:name` syntax would turn Swedish prose into
 * directives: "c:a 4 miljoner", "S:ta Maria" and "10:00" all parse as `:a`, `:ta`, `:00`.
 * vplan only needs the block forms (`::pagebreak`, `:::table`), so only those are enabled.
 */
export function remarkBlockDirectives(this: Processor): void {
  const data = this.data()
  const { flow } = directive()
  ;(data.micromarkExtensions ??= []).push({ flow })
  ;(data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown())
}
