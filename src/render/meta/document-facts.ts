import type { Meta } from '../../model/index.js'
import { formatPlanDate, formatPlanPeriod } from '../../format/index.js'

/** One particular of the document, as the cover and the HTML's definition list show it. */
export interface DocumentFact {
  label: string
  value: string
}

/**
 * The particulars a municipal document carries (diarienummer, who decided it and when, how long
 * it applies, who owns it), in the order Swedish document headers give them, with Swedish labels.
 * Only what the plan states: a fact left out of plan.yaml is left out here, never filled in.
 */
export function documentFacts(meta: Pick<Meta, 'registrationNumber' | 'decision' | 'validity' | 'owner'>): DocumentFact[] {
  const facts: DocumentFact[] = []
  if (meta.registrationNumber) facts.push({ label: 'Diarienummer', value: meta.registrationNumber })
  if (meta.decision) facts.push({ label: 'Beslutad av', value: decisionText(meta.decision) })
  if (meta.validity) facts.push({ label: 'Giltighetstid', value: formatPlanPeriod(meta.validity) })
  if (meta.owner) facts.push({ label: 'Dokumentägare', value: meta.owner })
  return facts
}

/** "Socialnämnden, 4 december 2023, § 123": the body, then the date and paragraph it states. */
function decisionText(decision: NonNullable<Meta['decision']>): string {
  const parts = [decision.body]
  if (decision.date) parts.push(formatPlanDate(decision.date))
  if (decision.paragraph !== undefined) parts.push(`§ ${String(decision.paragraph).replace(/^§\s*/, '')}`)
  return parts.join(', ')
}
