import type { TDocumentDefinitions } from 'pdfmake/interfaces.js'
import { getPdfMake } from './pdfmake-instance.js'
import type { TaggableKit } from './tagging/page-tagger.js'
import { stateDates, type DatedKit } from './state-dates.js'
import type { StructElement } from './tagging/structure.js'
import { writeStructure } from './tagging/write-structure.js'
import type { DrawingSurface } from './toc-leaders.js'

/** Drawing done after layout, onto the laid-out pages (the TOC's dot leaders). */
export type AfterLayout = (surface: DrawingSurface) => void

interface PdfKitStream extends DrawingSurface, TaggableKit, DatedKit {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  on(event: 'end', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  end(): unknown
}

/** A tagged document's structure tree, and its language (tagging/). */
export interface Tagging {
  structure: StructElement
  language: string
}

/**
 * What printing needs, made together by documentDefinition() so a tagged definition never goes
 * without its structure tree (pdfkit cannot finish a tagged document whose content no element holds).
 */
export interface PrintJob {
  definition: TDocumentDefinitions
  afterLayout: AfterLayout[]
  tagging: Tagging
  /** The document's date as the plan states it (a day, a month, or none): what the file says (state-dates.ts). */
  statedDate: string | undefined
}

/**
 * Lays out and serialises a document definition. pdfmake mutates the definition: pass a fresh one.
 * Pages stay buffered until the end so `afterLayout` can still draw on any of them, and so the
 * structure tree of a tagged document can be written once every page is drawn.
 */
export async function printPdf({ definition, afterLayout, tagging, statedDate }: PrintJob): Promise<Uint8Array> {
  const pdfmake = await getPdfMake()
  const kit = (await pdfmake.createPdf(definition, { bufferPages: true }).getStream()) as unknown as PdfKitStream
  writeStructure(kit, tagging.structure, tagging.language)
  for (const draw of afterLayout) draw(kit)
  stateDates(kit, statedDate)
  const buffer = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    kit.on('data', (chunk) => chunks.push(chunk))
    kit.on('end', () => resolve(Buffer.concat(chunks)))
    kit.on('error', reject)
    kit.end()
  })
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
