import { readFileSync } from 'node:fs'

/** Pages of a PDF: page objects in the file, or pdfjs-dist when they sit in compressed streams. */
export async function countPages(file) {
  const bytes = readFileSync(file)
  const found = bytes.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
  if (found > 0) return found
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise
  const pages = doc.numPages
  await doc.destroy()
  return pages
}
