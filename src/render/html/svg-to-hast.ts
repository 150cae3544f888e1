import type { Element, ElementContent } from 'hast'
import { s } from 'hastscript'
import sax from 'sax'

/**
 * A chart's SVG (drawn by src/chart/ from the plan's figures, its text escaped by Vega) as a hast
 * element, so it goes into the page as structure like everything else and is written out by the
 * same serializer, never pasted in as raw markup. Elements and attributes come over as they are:
 * only vplan's own drawing gets here, not a user's file (those are `<img>` data URIs).
 */
export function svgToHast(svg: string): Element {
  const parser = sax.parser(true)
  const stack: Element[] = []
  let root: Element | undefined
  parser.onopentag = (tag) => {
    const element = s(tag.name, tag.attributes)
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  }
  parser.onclosetag = () => {
    stack.pop()
  }
  parser.ontext = (text) => {
    const parent = stack[stack.length - 1]
    if (parent && text.trim() !== '') parent.children.push({ type: 'text', value: text } satisfies ElementContent)
  }
  parser.onerror = (error) => {
    throw new Error(`vplan drew a chart it cannot read back: ${error.message}`)
  }
  parser.write(svg).close()
  if (!root) throw new Error('vplan drew an empty chart')
  return root
}
