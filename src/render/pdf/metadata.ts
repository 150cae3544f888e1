import type { TDocumentInformation } from 'pdfmake/interfaces.js'
import type { Meta } from '../../model/index.js'
import { parsePlanDate } from '../../model/plan-date.js'
import { documentTitle } from '../meta/document-title.js'

/**
 * Document information. The title is the one the document is known by outside its pages
 * (documentTitle: it names the board and the municipality). The dates handed to pdfkit here only
 * seed the file /ID, which pdfkit hashes from them when the document is created: they are fixed
 * (the plan's date, or New Year of the plan's year when it states none), never the clock, so the
 * bytes are the same on every build. What the file finally says about its dates is what the plan
 * states, no more exact (state-dates.ts).
 */
export function documentInfo(meta: Meta): TDocumentInformation {
  const stated = meta.date === undefined ? undefined : parsePlanDate(meta.date)
  const seed = new Date(stated ? Date.UTC(stated.year, stated.month - 1, stated.day ?? 1) : Date.UTC(meta.year, 0, 1))
  return {
    title: documentTitle(meta),
    author: meta.board,
    subject: meta.subtitle ? `${meta.subtitle}, ${meta.municipality}` : `${meta.board}, ${meta.municipality}`,
    keywords: meta.keywords.join(', '),
    creator: 'vplan',
    producer: 'vplan (pdfmake)',
    creationDate: seed,
    modDate: seed,
  }
}
