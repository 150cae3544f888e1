import { createHash } from 'node:crypto'
import { requireFromPdfmake } from './pdfmake-internals.js'

/** pdfkit's PDFReference (js/pdfkit.js): an indirect object whose stream is written in chunks. */
interface Reference {
  buffer: Uint8Array[] | Buffer
  uncompressedLength: number
  compress: boolean
  data: { Length?: number | null; Filter?: string }
  write(chunk: unknown): void
  finalize(): void
  [PENDING]?: string[]
}

interface ReferencePrototype {
  write(this: Reference, chunk: unknown): void
  finalize(this: Reference): void
  [INSTALLED]?: ContentChunks
}

interface PdfKitDocumentClass {
  prototype: { ref(this: unknown, data?: object): Reference }
}

export interface ContentChunks {
  /** False when pdfkit's code is not the code this was written against: pdfkit's own then runs. */
  readonly active: boolean
  /** SHA-256 of PDFReference's write() and finalize() as this pdfkit has them. */
  readonly found: string
}

/** SHA-256 of PDFReference's write() and finalize() in pdfkit 0.19.1, the code this reproduces. */
export const KNOWN_REFERENCE_SOURCE = 'aefe6e69e7e0d7e5e3134b465e4b76f3e897fb093d22f36ff7ac08bb4c3c7df8'

const INSTALLED = Symbol.for('vplan.render.pdf.content-chunks')
const PENDING = Symbol('vplan.render.pdf.pending-chunks')
/** Text chunks joined into one buffer at a time: a page of body text is a few thousand. */
const CHUNKS_PER_BUFFER = 512

/**
 * Keeps a PDF stream's text as a few large buffers instead of one small buffer per operator.
 *
 * Why a patch: pdfkit writes every content operator of a page (each `BT`, `Tf`, `TJ`, colour
 * and marked-content operator) as a `Buffer` of its own, and keeps them until the page's stream
 * is compressed, which for pdfmake's buffered pages is when the whole document ends. A 1000-page
 * plan holds millions of these small objects; each survives every young-generation collection
 * and is copied by it, and that copying was most of the quarter of the PDF time the collector
 * took. Here consecutive text chunks are kept as strings and joined into one buffer per
 * CHUNKS_PER_BUFFER. The bytes are the same: pdfkit encodes each chunk as 'binary' (one byte per
 * UTF-16 unit), so the joined text encodes to the concatenation of the chunks' buffers, and the
 * stream's lengths are counted per chunk exactly as pdfkit counts them.
 *
 * PDFReference is not exported; its prototype is reached through the first reference a document
 * makes. It is patched only while write() and finalize() are the code this was written against
 * (a SHA-256); otherwise pdfkit's own run and `active` is false, which a test turns into a loud
 * failure on a pdfkit upgrade.
 */
export function installContentChunks(documentClass: PdfKitDocumentClass = pdfkitDocument(), expected: string = KNOWN_REFERENCE_SOURCE): void {
  if (WAITING.has(documentClass)) return
  WAITING.add(documentClass)
  const { ref } = documentClass.prototype
  documentClass.prototype.ref = function (data) {
    const reference = ref.call(this, data)
    patchReference(Object.getPrototypeOf(reference) as ReferencePrototype, expected)
    documentClass.prototype.ref = ref
    return reference
  }
}

/** Document classes whose references are patched once the first is made (see installContentChunks). */
const WAITING = new WeakSet<PdfKitDocumentClass>()

/** What the patch found on a reference's class (undefined when no patched document made it). */
export function contentChunksOf(reference: object): ContentChunks | undefined {
  return (Object.getPrototypeOf(reference) as ReferencePrototype)[INSTALLED]
}

function patchReference(prototype: ReferencePrototype, expected: string): void {
  if (prototype[INSTALLED]) return
  const { write, finalize } = prototype
  const found = createHash('sha256').update(String(write)).update('\n').update(String(finalize)).digest('hex')
  const chunks: ContentChunks = { active: found === expected, found }
  Object.defineProperty(prototype, INSTALLED, { value: chunks })
  if (!chunks.active) return
  prototype.write = function (chunk) {
    if (chunk instanceof Uint8Array) {
      flush(this)
      return write.call(this, chunk)
    }
    const text = (chunk as string) + '\n'
    this.uncompressedLength += text.length
    if (this.data.Length == null) this.data.Length = 0
    this.data.Length += text.length
    if (this.compress) this.data.Filter = 'FlateDecode'
    const pending = (this[PENDING] ??= [])
    pending.push(text)
    if (pending.length >= CHUNKS_PER_BUFFER) flush(this)
  }
  prototype.finalize = function () {
    flush(this)
    return finalize.call(this)
  }
}

/** The pending text, as one buffer, onto the stream's list (before a binary chunk, or at the end). */
function flush(reference: Reference): void {
  const pending = reference[PENDING]
  if (!pending?.length) return
  ;(reference.buffer as Uint8Array[]).push(Buffer.from(pending.join(''), 'binary'))
  reference[PENDING] = []
}

/** pdfkit's PDFDocument class, as pdfmake requires it. */
export function pdfkitDocument(): PdfKitDocumentClass {
  const fromPdfmake = requireFromPdfmake()
  const module = fromPdfmake('pdfkit') as { default?: PdfKitDocumentClass } & Partial<PdfKitDocumentClass>
  const documentClass = module.default ?? (module as PdfKitDocumentClass)
  if (typeof documentClass?.prototype?.ref !== 'function') throw new Error("pdfkit's PDFDocument no longer has ref(); see render/pdf/content-chunks.ts")
  return documentClass
}
