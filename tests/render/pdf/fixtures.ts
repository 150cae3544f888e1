import { readFileSync } from 'node:fs'
import { parseDocument, type Layout, type PlanDocument } from '../../../src/document/index.js'
import type { Meta } from '../../../src/model/index.js'

export const knivstaMeta: Meta = {
  municipality: 'Knivsta kommun',
  board: 'Socialnämnden',
  year: 2024,
  title: 'Verksamhetsplan 2024 för Socialnämnden',
  adopted: 'Antagen av Socialnämnden i december 2023, för helår 2024',
  date: '2023-12-01',
  template: 'knivsta',
  keywords: ['verksamhetsplan', 'socialnämnden', 'Knivsta', '2024'],
}

export const knivstaLayout: Layout = { numberDepth: 3, tocDepth: 3, tocTitle: 'Innehållsförteckning' }

export const sample = readFileSync(new URL('../../fixtures/document/sample.md', import.meta.url), 'utf8')

export function sampleDocument(markdown = sample, layout: Layout = knivstaLayout): PlanDocument {
  return parseDocument(markdown, knivstaMeta, layout)
}

/** A heading as printed: its number, a space, its text. */
export function headingLabel(entry: { number?: string | undefined; text: string }): string {
  return entry.number ? `${entry.number} ${entry.text}` : entry.text
}
