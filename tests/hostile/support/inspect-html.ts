import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import type { Element, Root } from 'hast'

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'background', 'xLinkHref', 'srcSet', 'ping']
const FORBIDDEN_TAGS = new Set(['script', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'img', 'picture', 'source', 'video', 'audio', 'form', 'input', 'button', 'textarea', 'select', 'base', 'link', 'meta-refresh', 'template', 'details', 'dialog', 'applet', 'noscript'])

/** Anything in a parsed page that could run, load or restyle something; [] when the page is clean. */
export function findHazards(html: string, options: { fragment?: boolean } = {}): string[] {
  const tree: Root = fromHtml(html, { fragment: options.fragment ?? false })
  const hazards: string[] = []
  let styles = 0
  visit(tree, 'element', (element: Element) => {
    const tag = element.tagName
    if (FORBIDDEN_TAGS.has(tag)) hazards.push(`<${tag}> element`)
    if (tag === 'style') styles++
    if (tag === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'refresh') hazards.push('meta refresh')
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) hazards.push(`${tag}[${name}] event handler`)
      if (name === 'style') hazards.push(`${tag}[style] attribute`)
      if (URL_PROPERTIES.includes(name) && hasDangerousScheme(String(value))) hazards.push(`${tag}[${name}]=${String(value)}`)
    }
  })
  // The page's own stylesheet is the one <style> allowed (the fragment has one too, scoped).
  if (styles > 1) hazards.push(`${styles} <style> elements`)
  return hazards
}

/** javascript:, data:, vbscript: (and file:) however spelt: case, entities already decoded by the parser, whitespace and controls inside. */
export function hasDangerousScheme(url: string): boolean {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase()
  return /^(javascript|data|vbscript|file):/.test(squeezed)
}

/** The text a reader sees in the page body (no style/script contents, no soft hyphens), whitespace collapsed. */
export function visibleText(html: string, options: { fragment?: boolean } = {}): string {
  const tree: Root = fromHtml(html, { fragment: options.fragment ?? false })
  const parts: string[] = []
  visit(tree, (node, _index, parent) => {
    if (node.type === 'text' && !(parent?.type === 'element' && ['style', 'script', 'title'].includes(parent.tagName))) parts.push(node.value)
  })
  // Soft hyphens (line break points in long words) are invisible where no line breaks.
  return parts.join(' ').replaceAll('\u00ad', '').replace(/\s+/g, ' ')
}
