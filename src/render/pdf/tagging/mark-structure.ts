import { CONTINUES_ROWS } from '../row-group-table.js'
import { ARTIFACT, element, SLOT, type ArtifactType, type ContentSlot, type StructElement, type Tag, type TagSpec } from './structure.js'

/** A pdfmake node as the walk sees it: any of its container keys, plus the `tag` converters set. */
interface Node {
  tag?: Tag
  artifact?: ArtifactType
  text?: unknown
  pageReference?: string
  stack?: unknown[]
  columns?: unknown[]
  ul?: unknown[]
  ol?: unknown[]
  table?: { body: unknown[][] }
  link?: string
  linkToDestination?: string
  image?: unknown
  svg?: unknown
  [SLOT]?: ContentSlot
  [ARTIFACT]?: ArtifactType
}

/**
 * Builds the structure tree of a document from its pdfmake content and stamps every text run
 * with the slot its marked content fills (or as an artifact). Runs it mutates in place, so pass
 * the fresh content of one render (pdfmake mutates it anyway).
 *
 * - A node with `tag` opens that element under the nearest enclosing one; untagged containers
 *   (stacks, columns, layout tables) add nothing, their content joins the enclosing element.
 * - Link runs (`link`, `linkToDestination`) form Link elements; neighbouring runs with the same
 *   target share one, so a link that wraps, or a TOC row's entry and page number, is one Link.
 * - A Table's rows become TR in THead (its `headerRows`) and TBody; a TOC's rows become TOCI.
 * - A Caption is moved into the Table that follows it, as its first child.
 * - A node with `artifact` makes all its text an artifact; drawn shapes always are (the
 *   renderer marks them), so canvas nodes need nothing here.
 * - An image or SVG node tagged Figure fills a slot of its Figure; any other image is an artifact.
 */
export function markStructure(content: unknown[]): StructElement {
  const root = element('Document')
  const walk = new Walk()
  for (let i = 0; i < content.length; i++) content[i] = walk.node(content[i], root)
  return root
}

/** Stamps all text under a node as an artifact of one kind (running header and footer). */
export function markArtifact<T>(content: T, type: ArtifactType): T {
  return new Walk(type).node(content, element('Document')) as T
}

/** Where a run links to, one string for both kinds of link (so runs of one link share its element). */
function linkTarget(node: Node): string | undefined {
  return node.link ?? (node.linkToDestination ? `#${node.linkToDestination}` : undefined)
}

class Walk {
  /** The last Caption placed, waiting for its table. */
  private caption: { element: StructElement; parent: StructElement } | undefined

  constructor(private readonly artifact?: ArtifactType) {}

  node(value: unknown, parent: StructElement): unknown {
    if (typeof value === 'string') return value === '' ? value : this.node({ text: value }, parent)
    if (Array.isArray(value)) return value.map((item) => this.node(item, parent))
    if (typeof value !== 'object' || value === null) return value
    const node = value as Node
    if (node.artifact) return new Walk(node.artifact).node({ ...node, artifact: undefined }, parent)
    const own = node.tag && !this.artifact ? this.open(node.tag, parent) : parent
    if (node.text !== undefined || node.pageReference !== undefined) this.text(node, own)
    else if (node.stack) node.stack = node.stack.map((item) => this.node(item, own))
    else if (node.columns) node.columns = node.columns.map((item) => this.node(item, own))
    else if (node.ul) node.ul = node.ul.map((item) => this.node(item, own))
    else if (node.ol) node.ol = node.ol.map((item) => this.node(item, own))
    else if (node.table) this.table(node, own)
    else if (node.image !== undefined || node.svg !== undefined) this.picture(node, own)
    return node
  }

  private open(tag: Tag, parent: StructElement): StructElement {
    const child = element(tag)
    if (child.type === 'Table' && this.caption?.parent === parent) {
      parent.children.splice(parent.children.indexOf(this.caption.element), 1)
      child.children.push(this.caption.element)
    }
    this.caption = child.type === 'Caption' ? { element: child, parent } : undefined
    parent.children.push(child)
    return child
  }

  private table(node: Node, own: StructElement): void {
    const body = node.table!.body
    const headerRows = typeof node.tag === 'object' ? ((node.tag as TagSpec).headerRows ?? 0) : 0
    let section: StructElement | undefined
    body.forEach((row, index) => {
      let rowParent = own
      if (own.type === 'Table' && !this.artifact) {
        const kind = index < headerRows ? 'THead' : 'TBody'
        if (section?.type !== kind) own.children.push((section = element(kind)))
        rowParent = this.push(section, 'TR')
      } else if (own.type === 'TOC' && !this.artifact) rowParent = this.push(own, 'TOCI')
      const cellParent = rowParent
      body[index] = row.map((cell) => {
        if (own.type === 'Table' && section && isContinuation(cell)) return this.continuation(cell, cellParent, section)
        const tagged = own.type === 'Table' && typeof cell === 'object' && cell !== null && !(cell as Node).tag
        return this.node(tagged ? { ...(cell as Node), tag: 'TD' } : cell, cellParent)
      })
    })
  }

  /**
   * A table nested in a cell whose rows are the enclosing table's (row-group-table.ts): its first
   * row's cells finish the enclosing TR, each further row is a TR of its own in the same section.
   */
  private continuation(node: Node, row: StructElement, section: StructElement): Node {
    const body = node.table!.body
    body.forEach((cells, index) => {
      const parent = index === 0 ? row : this.push(section, 'TR')
      body[index] = cells.map((cell) => this.node(typeof cell === 'object' && cell !== null && !(cell as Node).tag ? { ...(cell as Node), tag: 'TD' } : cell, parent))
    })
    return node
  }

  /**
   * An image drawn inside a Figure is that Figure's content (page-tagger.ts marks it as it is
   * drawn); any other image is decoration, an Artifact.
   */
  private picture(node: Node, own: StructElement): void {
    if (this.artifact || own.type !== 'Figure' || !node.tag) {
      node[ARTIFACT] = this.artifact ?? 'Layout'
      return
    }
    const slot: ContentSlot = { kind: 'slot', owner: own }
    own.children.push(slot)
    node[SLOT] = slot
  }

  private push(parent: StructElement, tag: Tag): StructElement {
    const child = element(tag)
    parent.children.push(child)
    return child
  }

  /** Stamps the runs of one text node, in order, into slots of `own` and of its Link children. */
  private text(node: Node, own: StructElement): void {
    if (node.pageReference !== undefined) {
      // A page number pdfmake fills in after layout: a run of its own, so it can carry a stamp.
      node.text = [{ pageReference: node.pageReference }]
      delete node.pageReference
    } else if (typeof node.text === 'string') {
      if (node.text === '') return
      node.text = [{ text: node.text }]
    } else if (!Array.isArray(node.text)) node.text = [node.text]
    const runs = node.text as unknown[]
    let slot: ContentSlot | undefined
    const stampRun = (value: unknown, inherited: string | undefined): unknown => {
      const run: Node = typeof value === 'string' ? { text: value } : { ...(value as Node) }
      const target = linkTarget(run) ?? inherited
      if (Array.isArray(run.text)) {
        run.text = run.text.map((inner) => stampRun(inner, target))
        return run
      }
      if (this.artifact) {
        run[ARTIFACT] = this.artifact
        return run
      }
      const owner = target ? this.linkIn(own, target) : own
      if (slot?.owner !== owner) owner.children.push((slot = { kind: 'slot', owner }))
      run[SLOT] = slot
      return run
    }
    node.text = runs.map((run) => stampRun(run, linkTarget(node)))
  }

  /** The Link element for a target: the last child of `own` when it links to the same place. */
  private linkIn(own: StructElement, target: string): StructElement {
    const last = own.children[own.children.length - 1]
    if (last?.kind === 'element' && last.type === 'Link' && last.target === target) return last
    const link: StructElement = { ...element('Link'), target }
    own.children.push(link)
    return link
  }
}

/** A cell holding a nested table whose rows continue the enclosing table's (row-group-table.ts). */
function isContinuation(cell: unknown): cell is Node {
  return typeof cell === 'object' && cell !== null && (cell as Record<string, unknown>)[CONTINUES_ROWS] === true && (cell as Node).table !== undefined
}
