/** The PDF built alongside the page, as the build knows it: its file name next to the page, and its size. */
export interface PdfAlongside {
  file: string
  bytes: number
}

/**
 * The page's "Ladda ned som PDF" link: a relative href (the PDF is written next to the page, so
 * the pair can be published together anywhere) and a text that says what the link gives and how
 * big it is, as WCAG 2.4.4 and Swedish public-sector web guidance ask of links to documents.
 */
export function pdfDownload(pdf: PdfAlongside): { href: string; text: string } {
  return { href: encodeURIComponent(pdf.file), text: `Ladda ned som PDF (${formatFileSize(pdf.bytes)})` }
}

/** "412 kB", "1,2 MB": SI units, a decimal comma, one decimal below 10 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  const mb = bytes / 1_000_000
  return `${(mb < 10 ? mb.toFixed(1) : mb.toFixed(0)).replace('.', ',')} MB`
}
