import type { TDocumentDefinitions } from 'pdfmake/interfaces.js'
import { getPdfMake } from './pdfmake-instance.js'
import type { DrawingSurface } from './toc-leaders.js'

/** Drawing done after layout, onto the laid-out pages (the TOC's dot leaders). */
export type AfterLayout = (surface: DrawingSurface) => void

interface PdfKitStream extends DrawingSurface {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  on(event: 'end', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  end(): unknown
}

/**
 * Lays out and serialises a document definition. pdfmake mutates the definition: pass a fresh one.
 * Pages stay buffered until the end so `afterLayout` can still draw on any of them.
 */
export async function printPdf(definition: TDocumentDefinitions, afterLayout: AfterLayout[] = []): Promise<Uint8Array> {
  const pdfmake = await getPdfMake()
  const kit = (await pdfmake.createPdf(definition, { bufferPages: true }).getStream()) as unknown as PdfKitStream
  for (const draw of afterLayout) draw(kit)
  const buffer = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    kit.on('data', (chunk) => chunks.push(chunk))
    kit.on('end', () => resolve(Buffer.concat(chunks)))
    kit.on('error', reject)
    kit.end()
  })
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
