/** A structure element as a reader's tools see it on one page: its role and its children. */
export interface ReadElement {
  role: string
  /** Its text on this page: the marked content it holds, in tree order, whitespace normalised. */
  text: string
  children: ReadElement[]
}

export interface TaggedPage {
  /** The page's part of the structure tree (pdfjs gives each page the elements it holds content of). */
  tree: ReadElement[]
  /** Drawing operators (text, paths, images) outside any marked content. */
  untaggedDrawing: number
  /** Marked-content ids drawn on the page but named by no structure element. */
  orphanIds: string[]
  /** Marked content with a tag but no id that is not an Artifact (a reader cannot place it). */
  unplacedContent: number
  /** Artifacts drawn on the page. */
  artifacts: number
}

interface PdfjsNode {
  role?: string
  type?: string
  id?: string
  children?: PdfjsNode[]
}

/**
 * Reads a tagged PDF back with pdfjs-dist as assistive technology would: the structure tree of
 * each page with the text its marked content holds, and a walk over the page's operators that
 * counts anything drawn outside marked content.
 */
export async function readTaggedPdf(bytes: Uint8Array): Promise<TaggedPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const drawing = new Set(
    Object.entries(pdfjs.OPS)
      .filter(([name]) => /^(showText|showSpacedText|nextLineShowText|nextLineSetSpacingShowText|fill|eoFill|stroke|fillStroke|eoFillStroke|closeStroke|closeFillStroke|closeEOFillStroke|shadingFill|paint.*)$/.test(name))
      .map(([, code]) => code),
  )
  const pages: TaggedPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const content = await page.getTextContent({ includeMarkedContent: true })
    const textOf = new Map<string, string>()
    let open: string | undefined
    let artifacts = 0
    let unplacedContent = 0
    for (const item of content.items as { type?: string; id?: string; tag?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        open = undefined
        if (item.tag === 'Artifact') artifacts++
        else if (item.id) textOf.set((open = item.id), '')
        else unplacedContent++
      } else if (item.type === 'endMarkedContent') open = undefined
      else if (open !== undefined && item.str !== undefined) textOf.set(open, `${textOf.get(open)} ${item.str}`)
    }
    const named = new Set<string>()
    const toElement = (node: PdfjsNode): ReadElement => {
      const children: ReadElement[] = []
      const texts: string[] = []
      for (const child of node.children ?? []) {
        if (child.type === 'content' && child.id) {
          named.add(child.id)
          texts.push(textOf.get(child.id) ?? '')
        } else if (child.role) {
          const element = toElement(child)
          children.push(element)
          texts.push(element.text)
        }
      }
      return { role: node.role!, text: texts.join(' ').replace(/[\s\u00a0]+/g, ' ').trim(), children }
    }
    const root = ((await page.getStructTree()) as PdfjsNode | null)?.children ?? []
    const tree = root.map(toElement)
    const operators = await page.getOperatorList()
    let depth = 0
    let untaggedDrawing = 0
    operators.fnArray.forEach((code, index) => {
      // pdfjs folds a path's painting operator into constructPath (its first argument).
      if (code === pdfjs.OPS.constructPath) code = (operators.argsArray[index] as number[])[0]!
      if (code === pdfjs.OPS.beginMarkedContent || code === pdfjs.OPS.beginMarkedContentProps) depth++
      else if (code === pdfjs.OPS.endMarkedContent) depth--
      else if (depth === 0 && drawing.has(code)) untaggedDrawing++
    })
    pages.push({ tree, untaggedDrawing, orphanIds: [...textOf.keys()].filter((id) => !named.has(id)), unplacedContent, artifacts })
  }
  return pages
}

/** Every element of a page's tree, depth first (document order). */
export function elementsOf(page: TaggedPage): ReadElement[] {
  const out: ReadElement[] = []
  const walk = (element: ReadElement) => {
    out.push(element)
    element.children.forEach(walk)
  }
  page.tree.forEach(walk)
  return out
}
