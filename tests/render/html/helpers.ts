import { readFileSync } from 'node:fs'
import { fromHtml } from 'hast-util-from-html'
import { visit, SKIP } from 'unist-util-visit'
import type { Element, Nodes, Root } from 'hast'
import { parseDocument, type Layout, type PlanDocument } from '../../../src/document/index.js'
import type { Meta } from '../../../src/model/index.js'
import { renderHtml, type HtmlOptions } from '../../../src/render/html/index.js'

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')

export const meta: Meta = {
  municipality: 'Knivsta kommun',
  board: 'Socialnämnden',
  year: 2024,
  title: 'Verksamhetsplan 2024 för Socialnämnden',
  subtitle: 'Verksamhetsplan med budget',
  adopted: 'Antagen av Socialnämnden i december 2023, för helår 2024',
  date: '2023-12-01',
  template: 'knivsta',
  keywords: ['socialnämnden', 'verksamhetsplan'],
}
export const knivstaLayout: Layout = { numberDepth: 3, tocDepth: 3, tocTitle: 'Innehållsförteckning' }
export const sample = read('tests/fixtures/document/sample.md')
/** As the CLI passes it: the default sheet, then the municipality's additions. */
export const css = `${read('templates/default/style.css')}\n${read('templates/knivsta/style.css')}`
export const page = read('templates/default/page.html')

export function documentOf(markdown: string, layout: Layout = knivstaLayout, origin?: PlanDocument['origin']): PlanDocument {
  return { ...parseDocument(markdown, meta, layout), origin }
}

export function render(markdown: string, options: Partial<HtmlOptions> & { layout?: Layout } = {}) {
  const doc = documentOf(markdown, options.layout)
  return { doc, ...renderHtml(doc, { css, page, ...options }) }
}

/**
 * The page as a reader reads it. Soft hyphens (U+00AD, which vplan puts into long words as line
 * break points) are left out of the text, as copying, searching and screen readers leave them
 * out; tests/render/html/hyphenation.test.ts checks where they are.
 */
export function parsePage(html: string): Root {
  return withoutSoftHyphens(fromHtml(html))
}

export function parseFragment(html: string): Root {
  return withoutSoftHyphens(fromHtml(html, { fragment: true }))
}

function withoutSoftHyphens<T extends Nodes>(tree: T): T {
  visit(tree, 'text', (node) => {
    node.value = node.value.replaceAll('\u00ad', '')
  })
  return tree
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'tr', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'header', 'footer', 'nav', 'main', 'ol', 'ul', 'table', 'title', 'dl', 'dt', 'dd'])

/** What a reader sees: text content, blocks separated by a space, whitespace collapsed; no CSS. */
export function visibleText(tree: Nodes): string {
  const parts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'element' && (node.tagName === 'style' || node.tagName === 'script')) return SKIP
    if (node.type === 'element' && BLOCKS.has(node.tagName)) parts.push(' ')
    if (node.type === 'text') parts.push(node.value)
    return undefined
  })
  return normalise(parts.join('').replaceAll('\u00ad', ''))
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function classesOf(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : []
}
