import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { contentChunksOf, installContentChunks, KNOWN_REFERENCE_SOURCE, pdfkitDocument } from '../../../src/render/pdf/content-chunks.js'

interface Reference {
  document: object
  data: { Length?: number; Filter?: string }
  uncompressedLength: number
  write(chunk: unknown): void
  end(): void
}
type DocumentClass = new (options: { compress: boolean }) => { ref(): Reference }

/** What a page of content looks like to pdfkit: text operators, numbers, now and then binary data. */
const CHUNKS: (string | number | Uint8Array)[] = Array.from({ length: 1300 }, (_, i) =>
  i % 11 === 0 ? Uint8Array.from([0, 255, i % 256]) : i % 13 === 0 ? i * 0.5 : i % 2 ? '/P <</MCID 3>> BDC BT 1 0 0 -1 56.69 120.4 Tm /F1 10.5 Tf [<0037> 40 <0048>] TJ ET EMC' : '(Särskilt boende \u00e9 \u0100) Tj',
)

/** The stream's bytes as pdfkit writes them: each text chunk and a newline as 'binary', binary chunks as they are. */
const EXPECTED = Buffer.concat(CHUNKS.map((chunk) => (chunk instanceof Uint8Array ? chunk : Buffer.from(`${chunk}\n`, 'binary'))))

/** Writes CHUNKS into a reference of a real pdfkit document, returning the stream finalize() wrote. */
function writeStream(compress: boolean) {
  const Document = pdfkitDocument() as unknown as DocumentClass
  const reference = new Document({ compress }).ref()
  for (const chunk of CHUNKS) reference.write(chunk)
  const written: unknown[] = []
  reference.document = { _offset: 0, _security: null, _write: (data: unknown) => written.push(data), _refEnd: () => undefined }
  reference.end()
  return { reference, stream: written[written.indexOf('stream') + 1] as Buffer }
}

describe('content chunks (pdfkit patch)', () => {
  installContentChunks()

  it("is in place for the pdfkit vplan installs: its code is the code the patch reproduces", () => {
    const { reference } = writeStream(false)
    // A failure here means pdfkit changed PDFReference.write() or finalize() (an upgrade). Compare
    // the new code with src/render/pdf/content-chunks.ts, fix the copy, then update KNOWN_REFERENCE_SOURCE.
    expect(contentChunksOf(reference)).toEqual({ active: true, found: KNOWN_REFERENCE_SOURCE })
  })

  it('writes the bytes pdfkit writes, uncompressed and counted the same', () => {
    const { reference, stream } = writeStream(false)
    expect(Buffer.compare(stream, EXPECTED)).toBe(0)
    expect(reference.uncompressedLength).toBe(EXPECTED.length)
    expect(reference.data.Length).toBe(EXPECTED.length)
    expect(reference.data.Filter).toBeUndefined()
  })

  it('writes the bytes pdfkit writes, compressed', () => {
    const { reference, stream } = writeStream(true)
    expect(Buffer.compare(inflateSync(stream), EXPECTED)).toBe(0)
    expect(reference.uncompressedLength).toBe(EXPECTED.length)
    expect(reference.data).toMatchObject({ Length: stream.length, Filter: 'FlateDecode' })
  })

  it('leaves a reference class whose code it does not know as it is', () => {
    class OtherReference {
      write(chunk: unknown) {
        return chunk
      }
      finalize() {}
    }
    class OtherDocument {
      ref() {
        return new OtherReference()
      }
    }
    const { write } = OtherReference.prototype
    const { ref } = OtherDocument.prototype
    installContentChunks(OtherDocument as never)
    const reference = new OtherDocument().ref()
    expect(contentChunksOf(reference)?.active).toBe(false)
    expect(OtherReference.prototype.write).toBe(write)
    // The document's ref() is its own again once it has shown the reference class.
    expect(OtherDocument.prototype.ref).toBe(ref)
  })
})
