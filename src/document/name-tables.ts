import type { Heading, Root } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

/**
 * Gives every captioned table a name of its own, once for the HTML and the PDF (whose Caption is
 * the table's accessible name):
 * - a caption that only repeats the heading right above the table ("7 Volymer och nyckeltal",
 *   then "Volymer och nyckeltal") is dropped: the heading names the table;
 * - a caption several tables share ("Indikatorer", "Nyckeltal") names its section too: the
 *   section's number where headings are numbered ("Indikatorer, avsnitt 4.1.1"), else the nearest
 *   heading in the table of contents ("Nyckeltal – Hög kvalitet");
 * - tables still alike after that are counted ("Nyckeltal – Hög effektivitet (1 av 2)").
 * Only words the document already has are used: no name is made up.
 */
export function nameTables(tree: Root): void {
  const tables: { node: ContainerDirective; caption: string; section: string | undefined }[] = []
  let nearest: Heading | undefined
  let section: string | undefined
  visit(tree, (node) => {
    if (node.type === 'heading') {
      nearest = node
      if (node.data?.toc) section = node.data.number ? `avsnitt ${node.data.number}` : toString(node).trim()
      return
    }
    if (node.type !== 'containerDirective' || node.name !== 'table') return
    const caption = node.attributes?.caption?.trim()
    if (!caption) return
    if (nearest && sameWords(caption, toString(nearest))) delete node.attributes!.caption
    else tables.push({ node, caption, section })
    nearest = undefined
  })
  const qualified = tables.map((table) => (count(tables, (t) => t.caption === table.caption) > 1 ? withSection(table.caption, table.section) : table.caption))
  tables.forEach((table, index) => {
    const name = qualified[index]!
    const alike = qualified.flatMap((other, i) => (other === name ? [i] : []))
    table.node.attributes!.caption = alike.length > 1 ? `${name} (${alike.indexOf(index) + 1} av ${alike.length})` : name
  })
}

function withSection(caption: string, section: string | undefined): string {
  if (!section || sameWords(caption, section)) return caption
  return section.startsWith('avsnitt ') ? `${caption}, ${section}` : `${caption} – ${section}`
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return words(a) === words(b)
}

function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length
}
