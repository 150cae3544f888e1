import { fromHtml } from 'hast-util-from-html'
import type { Element, Nodes, Root } from 'hast'
import { beforeAll, describe, expect, test } from 'vitest'
import { visit } from 'unist-util-visit'
import { buildSeedPlan } from '../../support/build-seed.js'
import { SEEDS } from '../../support/seed-text.js'

const SHY = '\u00ad'

/** Long words of each seed as the page breaks them ("|": a soft hyphen). */
const WORDS: Record<(typeof SEEDS)[number], string[]> = {
  'knivsta-sn-2024': ['Verk|sam|hets|för|ut|sätt|ningar', 'myn|dig|hets|om|rå|det'],
  'danderyd-sn-2024': ['funk|tions|ned|sätt|ning', 'So|ci|al|nämn|den'],
}

describe.each(SEEDS)('%s: soft hyphens in the HTML', (id) => {
  let html: string
  let markdown: string
  let tree: Root
  beforeAll(async () => {
    const built = await buildSeedPlan(id, ['html', 'md'])
    html = built.outputs.html as string
    markdown = built.outputs.md as string
    tree = fromHtml(html)
  }, 60_000)

  test('long words carry soft hyphens at their Swedish break points', () => {
    for (const word of WORDS[id]) expect(html).toContain(word.replaceAll('|', SHY))
    expect(html.split(SHY).length).toBeGreaterThan(500)
  })

  test('no soft hyphen stands in a number, an id, a web or e-mail address', () => {
    const pieces = textNodes(tree).flatMap((text) => text.split(/\s+/)).filter((piece) => piece.includes(SHY))
    expect(pieces.length).toBeGreaterThan(0)
    expect(pieces.filter((piece) => /@|:\/\/|www\./u.test(piece))).toEqual([])
    // "2030-stra|tegi" may break in its word, never in "2030" or in an id such as "U21468".
    const runs = pieces.flatMap((piece) => piece.match(/[\p{L}\p{N}\u00ad]+/gu) ?? []).filter((run) => run.includes(SHY))
    expect(runs.filter((run) => /\p{N}/u.test(run))).toEqual([])
  })

  test('no soft hyphen in attributes (ids, links, accessible names), the <title>, code or styles', () => {
    const inAttributes: string[] = []
    visit(tree, 'element', (element: Element) => {
      for (const [name, value] of Object.entries(element.properties)) if (String(value).includes(SHY)) inAttributes.push(`${element.tagName}[${name}]`)
    })
    expect(inAttributes).toEqual([])
    for (const tag of ['title', 'style', 'code', 'pre']) {
      const texts = elements(tree, tag).flatMap((element) => textNodes(element))
      expect(texts.filter((text) => text.includes(SHY)), tag).toEqual([])
    }
  })

  test('the table of contents links every entry to its heading, whose text reads the same', () => {
    const headings = new Map(elements(tree, /^h[2-6]$/).map((h) => [String(h.properties.id), textNodes(h).join('')]))
    const links = elements(tree, 'a').filter((a) => String(a.properties.href ?? '').startsWith('#') && headings.has(String(a.properties.href).slice(1)))
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) expect(textNodes(link).join('').replaceAll(SHY, '')).toBe(headings.get(String(link.properties.href).slice(1))!.replaceAll(SHY, ''))
  })

  test('the composed Markdown (out/<id>.md) has no soft hyphens', () => {
    expect(markdown).not.toContain(SHY)
  })
})

function textNodes(tree: Nodes): string[] {
  const texts: string[] = []
  visit(tree, 'text', (node) => {
    texts.push(node.value)
  })
  return texts
}

function elements(tree: Nodes, tag: string | RegExp): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (element: Element) => {
    if (typeof tag === 'string' ? element.tagName === tag : tag.test(element.tagName)) found.push(element)
  })
  return found
}
