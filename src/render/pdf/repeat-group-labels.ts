/**
 * An area that continues on a new page is named again at the top of its first goal there, as a
 * reader of the printed page needs it. Where pages break is only known as pdfmake draws, so the
 * label is drawn then, beside the first line of that goal (its first run carries `GROUP_LABEL`),
 * as an artifact of pagination like a repeated header row: the structure tree has the area once,
 * as the TH that spans its rows.
 */
/** A string key: pdfmake copies a run's string-keyed properties onto its laid-out inlines, not symbols. */
export const GROUP_LABEL = '_vplanGroupLabel'

export interface GroupLabel {
  /** One id per area of one table: where it was last drawn is kept by it. */
  group: string
  /** The first goal of the area, where the label stands anyway. */
  first: boolean
  label: string
  /** From the goal's text to the area's, and the area column's width (pt). */
  offset: number
  width: number
  font: string
  fontSize: number
  colour: string
}

/** The pdfkit calls the label needs (pdfmake's PDFDocument). */
export interface LabelSurface {
  page: unknown
  provideFont(family: string, bold: boolean, italics: boolean): unknown
  _font: unknown
  save(): unknown
  restore(): unknown
  fontSize(size: number): unknown
  fillColor(colour: string): unknown
  text(text: string, x: number, y: number, options: { width: number; lineBreak: boolean }): unknown
  markContent(tag: string, options?: object | null): unknown
  endMarkedContent(): unknown
}

const lastPage = new WeakMap<object, Map<string, unknown>>()

/** Called for every line pdfmake draws (tagged-renderer.ts); draws only for a marked goal on a new page. */
export function drawGroupLabel(surface: LabelSurface, line: { inlines?: object[] }, x: number, y: number): void {
  const label = (line.inlines?.[0] as { [GROUP_LABEL]?: GroupLabel } | undefined)?.[GROUP_LABEL]
  if (!label) return
  const pages = lastPage.get(surface) ?? new Map<string, unknown>()
  lastPage.set(surface, pages)
  const continued = !label.first && pages.has(label.group) && pages.get(label.group) !== surface.page
  pages.set(label.group, surface.page)
  if (!continued) return
  surface.markContent('Artifact', { type: 'Pagination' })
  surface.save()
  surface._font = surface.provideFont(label.font, false, false)
  surface.fontSize(label.fontSize)
  surface.fillColor(label.colour)
  surface.text(label.label.replaceAll('\u00ad', ''), x - label.offset, y, { width: label.width, lineBreak: true })
  surface.restore()
  surface.endMarkedContent()
}
