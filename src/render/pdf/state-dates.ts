import { parsePlanDate, type StatedDate } from '../../model/plan-date.js'

/** The parts of a pdfkit document this module reaches into (pdfkit 0.19; see stateDates). */
export interface DatedKit {
  info: Record<string, unknown>
  _addInfo(): void
  appendXML(xml: string, newline?: boolean): void
}

/**
 * Makes the PDF's dates say what the plan says and no more: a day (`D:20231201`), a month
 * (`D:202312`; PDF dates may stop after any field, ISO 32000-1 §7.9.4), or — when the plan states
 * no date — no CreationDate and ModDate at all. Never the clock, so the same plan gives the same
 * bytes.
 *
 * pdfkit only knows full timestamps: it needs a Date in `info` when the document is created (the
 * file /ID is a hash of it, see documentInfo) and writes the XMP packet from that Date when the
 * document ends. So the info entries are replaced once pdfkit has made the /ID, and its private
 * `_addInfo` (which writes the XMP facts from `info`) by one that writes the stated date, or
 * none. Call after rendering, before the document ends.
 */
export function stateDates(kit: DatedKit, date: string | undefined): void {
  if (typeof kit._addInfo !== 'function') throw new Error('pdfkit no longer has _addInfo: update src/render/pdf/state-dates.ts')
  const stated = date === undefined ? undefined : parsePlanDate(date)
  for (const key of ['CreationDate', 'ModDate']) {
    // A String object is what pdfkit writes as a PDF string literal (a plain string becomes a name).
    if (stated) kit.info[key] = new String(pdfDate(stated))
    else delete kit.info[key]
  }
  kit._addInfo = () => kit.appendXML(xmpInfo(kit.info, stated ? date : undefined))
}

/** "D:20231201", "D:202312". */
export function pdfDate(date: StatedDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `D:${date.year}${pad(date.month)}${date.day === undefined ? '' : pad(date.day)}`
}

/**
 * The XMP facts pdfkit would write (creation date and tool, title, author, subject, producer,
 * keywords), with the date as stated (XMP dates, like the plan's, may be a month: `2023-12`) and
 * every value escaped for XML — pdfkit's own writer does not escape, so a title with "&" would
 * make the packet unreadable.
 */
function xmpInfo(info: Record<string, unknown>, date: string | undefined): string {
  const text = (key: string) => (info[key] === undefined ? '' : escapeXml(String(info[key])))
  const alt = (name: string, key: string) =>
    info[key] ? `<${name}><rdf:Alt><rdf:li xml:lang="x-default">${text(key)}</rdf:li></rdf:Alt></${name}>` : ''
  const dc = [alt('dc:title', 'Title'), info.Author ? `<dc:creator><rdf:Seq><rdf:li>${text('Author')}</rdf:li></rdf:Seq></dc:creator>` : '', alt('dc:description', 'Subject')].join('')
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    date ? `<xmp:CreateDate>${escapeXml(date)}</xmp:CreateDate><xmp:ModifyDate>${escapeXml(date)}</xmp:ModifyDate>` : '',
    `<xmp:CreatorTool>${text('Creator')}</xmp:CreatorTool>`,
    '</rdf:Description>',
    dc ? `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc}</rdf:Description>` : '',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${text('Producer')}</pdf:Producer>`,
    info.Keywords ? `<pdf:Keywords>${text('Keywords')}</pdf:Keywords>` : '',
    '</rdf:Description>',
  ]
    .filter((line) => line !== '')
    .join('\n')
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}
