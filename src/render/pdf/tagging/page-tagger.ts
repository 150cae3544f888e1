import { ARTIFACT, SLOT, type ArtifactType, type ContentSlot, type StructElement } from './structure.js'

/** The pdfkit structure objects the tagger makes and keeps (pdfkit's own classes, untyped here). */
export interface KitStructElement {
  add(child: unknown): KitStructElement
  end(): void
  /** The element's dictionary (an unwritten pdfkit reference), for attributes struct() does not set. */
  dictionary: { data: { A?: Record<string, unknown> } }
}

/** The part of a pdfkit document (pdfmake's PDFDocument subclass) that tagging uses. */
export interface TaggableKit {
  options: { tagged?: boolean }
  markStructureContent(tag: string, options?: object): unknown
  markContent(tag: string, options?: object | null): unknown
  endMarkedContent(): unknown
  struct(type: string, options?: object, children?: unknown): KitStructElement
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown
  bufferedPageRange(): { start: number; count: number }
  switchToPage(index: number): unknown
  addStructure(element: KitStructElement): unknown
  appendXML(xml: string, newline?: boolean): void
}

/** A laid-out pdfmake line: its runs (inlines) and what pdfmake hangs on it. */
export interface LaidOutLine {
  inlines: LaidOutInline[]
  clone(): LaidOutLine
  getHeight(): number
  getAscenderHeight(): number
  _outline?: unknown
  _pageNodeRef?: unknown
  id?: unknown
}

export interface LaidOutInline {
  text: string
  [SLOT]?: ContentSlot
  [ARTIFACT]?: ArtifactType
}

/** A laid-out image or SVG node, stamped by mark-structure.ts. */
export interface LaidOutPicture {
  [SLOT]?: ContentSlot
  [ARTIFACT]?: ArtifactType
}

type Target = ContentSlot | ArtifactType

const TAGGERS = new WeakMap<object, PageTagger>()

/** The tagger of a tagged pdfkit document (made on first use), or undefined for an untagged one. */
export function taggerOf(kit: TaggableKit): PageTagger | undefined {
  if (!kit.options.tagged) return undefined
  let tagger = TAGGERS.get(kit)
  if (!tagger) TAGGERS.set(kit, (tagger = new PageTagger(kit)))
  return tagger
}

/**
 * Puts everything pdfmake draws into marked content while it draws, page by page:
 * - text runs stamped with a slot (mark-structure.ts) into a sequence with an MCID, kept per slot
 *   for the structure tree (write-structure.ts);
 * - runs drawn a second time (a table's header row repeated on a following page shares its runs
 *   with the first) and runs stamped as artifacts into an Artifact;
 * - shapes (rules, fills, the cover band, markers) into an Artifact.
 * Link runs go into their Link element as they are drawn, together with the link annotations
 * pdfkit makes for them, which get the StructParent that ties them to it.
 */
export class PageTagger {
  /** Marked content per slot (but a Link's, which goes straight into it), in the order drawn. */
  readonly contents = new Map<ContentSlot, unknown[]>()
  /** pdfkit Link elements, made when a link is first drawn, with the page (index) it starts on. */
  readonly links = new Map<StructElement, { element: KitStructElement; page: number }>()
  private readonly drawn = new WeakSet<object>()
  private link: { element: KitStructElement; inlines: readonly LaidOutInline[] } | undefined

  constructor(private readonly kit: TaggableKit) {
    const annotate = kit.annotate
    const tagger = this
    kit.annotate = function (x, y, w, h, options) {
      if (tagger.link && options.Subtype === 'Link') {
        options.structParent = tagger.link.element
        // PDF/UA-1 §7.18.1: an annotation describes itself (Contents) for assistive technology.
        // Read as drawn: pdfmake writes a page number into its run just before drawing it.
        options.Contents ??= new String(tagger.link.inlines.map((inline) => inline.text).join('').trim())
      }
      return annotate.call(this, x, y, w, h, options)
    }
  }

  /** Draws one line, cut into runs of the same target, each in its marked content. */
  line(line: LaidOutLine, draw: (line: LaidOutLine) => void): void {
    const runs: { target: Target; inlines: LaidOutInline[] }[] = []
    for (const inline of line.inlines) {
      const target = this.targetOf(inline)
      const last = runs[runs.length - 1]
      if (last?.target === target) last.inlines.push(inline)
      else runs.push({ target, inlines: [inline] })
    }
    if (runs.length <= 1) {
      this.within(runs[0]?.target ?? 'Layout', line.inlines, () => draw(line))
      return
    }
    // Each run drawn as a line of its own, placed as in the whole line (same height, same baseline).
    const height = line.getHeight()
    const ascender = line.getAscenderHeight()
    runs.forEach((run, index) => {
      const part = line.clone()
      part.inlines = run.inlines
      part.getHeight = () => height
      part.getAscenderHeight = () => ascender
      if (index > 0) {
        delete part._outline
        delete part._pageNodeRef
        delete part.id
      }
      this.within(run.target, run.inlines, () => draw(part))
    })
  }

  /** Draws a shape (or anything without text) as an artifact. */
  artifact(draw: () => void, type: ArtifactType = 'Layout'): void {
    this.kit.markContent('Artifact', { type })
    draw()
    this.kit.endMarkedContent()
  }

  /** Draws an image: the content of its Figure's slot, or an artifact. */
  picture(picture: LaidOutPicture, draw: () => void): void {
    this.within(picture[SLOT] ?? picture[ARTIFACT] ?? 'Layout', [], draw)
  }

  private targetOf(inline: LaidOutInline): Target {
    if (this.drawn.has(inline)) return 'Pagination'
    this.drawn.add(inline)
    return inline[SLOT] ?? inline[ARTIFACT] ?? 'Layout'
  }

  private within(target: Target, inlines: readonly LaidOutInline[], draw: () => void): void {
    if (typeof target === 'string') {
      this.artifact(draw, target)
      return
    }
    const content = this.kit.markStructureContent(target.owner.type)
    if (target.owner.type === 'Link') {
      const link = this.linkElement(target.owner)
      link.add(content)
      this.link = { element: link, inlines }
    } else {
      const list = this.contents.get(target)
      if (list) list.push(content)
      else this.contents.set(target, [content])
    }
    draw()
    this.link = undefined
    this.kit.endMarkedContent()
  }

  private linkElement(owner: StructElement): KitStructElement {
    let made = this.links.get(owner)
    if (!made) {
      const { start, count } = this.kit.bufferedPageRange()
      made = { element: this.kit.struct('Link'), page: start + count - 1 }
      this.links.set(owner, made)
    }
    return made.element
  }
}
