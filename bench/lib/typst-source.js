// Composed Markdown file → Typst source, using vplan's own parser and the plan's template layout.
import { readFileSync } from 'node:fs'
import { markdownToTypst } from '../md-to-typst.js'
import { distUrl } from './paths.js'

export async function typstSourceFor(markdownFile, { meta, layout }) {
  const { parseMarkdown } = await import(distUrl('document/index.js'))
  const tree = parseMarkdown(readFileSync(markdownFile, 'utf8'))
  return markdownToTypst(tree, { meta, numberDepth: layout.numberDepth, tocDepth: layout.tocDepth })
}
