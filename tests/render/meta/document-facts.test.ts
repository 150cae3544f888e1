import { expect, it } from 'vitest'
import { documentFacts } from '../../../src/render/meta/document-facts.js'

it('lists every stated particular with its Swedish label, in the usual order', () => {
  expect(documentFacts({
    registrationNumber: 'SN 2023/123',
    decision: { body: 'Socialnämnden', date: '2023-12-04', paragraph: 123 },
    validity: '2024-2026',
    owner: 'Socialchef',
  })).toEqual([
    { label: 'Diarienummer', value: 'SN 2023/123' },
    { label: 'Beslutad av', value: 'Socialnämnden, 4 december 2023, § 123' },
    { label: 'Giltighetstid', value: '2024–2026' },
    { label: 'Dokumentägare', value: 'Socialchef' },
  ])
})

it('gives only what the plan states: a decision known to the month, a paragraph written with §', () => {
  expect(documentFacts({ decision: { body: 'Socialnämnden', date: '2023-12' }, validity: '2024' })).toEqual([
    { label: 'Beslutad av', value: 'Socialnämnden, december 2023' },
    { label: 'Giltighetstid', value: '2024' },
  ])
  expect(documentFacts({ decision: { body: 'Kommunfullmäktige', paragraph: '§ 45' } })).toEqual([{ label: 'Beslutad av', value: 'Kommunfullmäktige, § 45' }])
  expect(documentFacts({})).toEqual([])
})

it('writes a period of dates out in Swedish', () => {
  expect(documentFacts({ validity: '2024-01-01/2024-12-31' })).toEqual([{ label: 'Giltighetstid', value: '1 januari 2024 – 31 december 2024' }])
})
