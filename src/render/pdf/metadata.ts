import type { TDocumentInformation } from 'pdfmake/interfaces.js'
import type { Meta } from '../../model/index.js'

/**
 * Document information. Creation and modification dates are the plan's own date at midnight UTC,
 * never the clock: pdfkit derives the trailer /ID from these fields, so fixed dates make the
 * whole file byte-identical between builds. (pdfkit writes dates in UTC, so the time zone of the
 * build machine does not matter either.)
 */
export function documentInfo(meta: Meta): TDocumentInformation {
  const parsed = new Date(`${meta.date}T00:00:00Z`)
  const date = Number.isNaN(parsed.getTime()) ? new Date(Date.UTC(meta.year, 0, 1)) : parsed
  return {
    title: meta.title,
    author: meta.board,
    subject: meta.subtitle ? `${meta.subtitle}, ${meta.municipality}` : `${meta.board}, ${meta.municipality}`,
    keywords: meta.keywords.join(', '),
    creator: 'vplan',
    producer: 'vplan (pdfmake)',
    creationDate: date,
    modDate: date,
  }
}
