import { expect, it } from 'vitest'
import { describePlan } from '../../../src/render/meta/describe-plan.js'

const meta = { board: 'Socialnämnden', municipality: 'Danderyds kommun', year: 2024, title: 'Nämndens verksamhetsplan 2024' }

it('uses the description the plan states', () => {
  expect(describePlan({ ...meta, description: ' Hur socialnämnden arbetar under 2024. ' })).toBe('Hur socialnämnden arbetar under 2024.')
})

it('otherwise says only what the plan states: the full title, and the adoption line when there is one', () => {
  expect(describePlan(meta)).toBe('Nämndens verksamhetsplan 2024 – Socialnämnden, Danderyds kommun.')
  expect(describePlan({ ...meta, title: 'Verksamhetsplan 2024 för Socialnämnden', municipality: 'Knivsta kommun', adopted: 'Antagen av Socialnämnden i december 2023, för helår 2024' }))
    .toBe('Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun. Antagen av Socialnämnden i december 2023, för helår 2024.')
})

it('names the year when the title does not', () => {
  expect(describePlan({ ...meta, title: 'Verksamhetsplan' })).toBe('Verksamhetsplan – Socialnämnden, Danderyds kommun, 2024.')
})
