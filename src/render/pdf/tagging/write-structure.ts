import { taggerOf, type KitStructElement, type PageTagger, type TaggableKit } from './page-tagger.js'
import type { StructElement } from './structure.js'

/** Elements kept even with no content: a table keeps its shape, so an empty cell is still a cell. */
const KEPT_EMPTY = new Set(['Document', 'TR', 'TH', 'TD'])

/**
 * Writes the structure tree into a rendered, tagged pdfkit document: every element of `root` in
 * document order, each holding the marked content drawn for its slots (on whichever pages), or
 * for a Link the content and annotations it collected while drawn. Elements that got nothing
 * drawn are left out (but table cells). Also the XMP facts PDF/UA asks for that pdfkit does not
 * write: the document's language. Call it after pdfmake has rendered, before the document ends.
 */
export function writeStructure(kit: TaggableKit, root: StructElement, language: string): void {
  const tagger = taggerOf(kit)
  if (!tagger) return
  const document = build(root, kit, tagger) ?? kit.struct('Document')
  kit.addStructure(document)
  kit.appendXML(languageXmp(language))
}

function build(node: StructElement, kit: TaggableKit, tagger: PageTagger): KitStructElement | undefined {
  const children: ({ link: KitStructElement; page: number } | unknown)[] = []
  for (const child of node.children) {
    if (child.kind === 'slot') children.push(...(tagger.contents.get(child) ?? []))
    else if (child.type === 'Link') {
      const link = tagger.links.get(child)
      if (link) children.push({ link: link.element, page: link.page })
    } else {
      const built = build(child, kit, tagger)
      if (built) children.push(built)
    }
  }
  if (children.length === 0 && !KEPT_EMPTY.has(node.type)) return undefined
  const element = kit.struct(node.type, structOptions(node))
  // pdfkit's struct() knows Scope but not RowSpan; both belong in the one Table attribute object.
  if (node.rowSpan && node.rowSpan > 1) element.dictionary.data.A = { ...element.dictionary.data.A, O: 'Table', RowSpan: node.rowSpan }
  for (const child of children) {
    if (isLink(child)) {
      // pdfkit writes a Link the moment it has a parent, and names the current page as the
      // page of its annotations (OBJR /Pg): so it is ended, and its page made current, first.
      child.link.end()
      kit.switchToPage(child.page)
      element.add(child.link)
    } else element.add(child)
  }
  return element
}

function structOptions(node: StructElement): object {
  return { ...(node.scope ? { scope: node.scope } : {}), ...(node.alt ? { alt: node.alt } : {}), ...(node.actual ? { actual: node.actual } : {}) }
}

function isLink(child: unknown): child is { link: KitStructElement; page: number } {
  return typeof child === 'object' && child !== null && 'link' in child && 'page' in child
}

/** dc:language in the XMP packet (pdfkit writes title, creator and description, not this). */
function languageXmp(language: string): string {
  return `
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:language>
                <rdf:Bag>
                    <rdf:li>${language.replace(/[^A-Za-z0-9-]/g, '')}</rdf:li>
                </rdf:Bag>
            </dc:language>
        </rdf:Description>
        `
}
