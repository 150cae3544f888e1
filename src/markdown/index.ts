export { parseMarkdown } from './parse-markdown.js'
export { parseWholeText } from './markdown-processor.js'
export { remarkBlockDirectives } from './block-directives.js'
