import { expect, it } from 'vitest'
import { documentTitle } from '../../../src/render/meta/document-title.js'

const danderyd = { board: 'Socialnämnden', municipality: 'Danderyds kommun' }
const knivsta = { board: 'Socialnämnden', municipality: 'Knivsta kommun' }

it('adds the board and the municipality a title leaves unnamed', () => {
  expect(documentTitle({ ...danderyd, title: 'Nämndens verksamhetsplan 2024' })).toBe('Nämndens verksamhetsplan 2024 – Socialnämnden, Danderyds kommun')
})

it('adds only what is missing, so no name is given twice', () => {
  expect(documentTitle({ ...knivsta, title: 'Verksamhetsplan 2024 för Socialnämnden' })).toBe('Verksamhetsplan 2024 för Socialnämnden – Knivsta kommun')
  expect(documentTitle({ ...knivsta, title: 'Knivsta kommuns verksamhetsplan 2024' })).toBe('Knivsta kommuns verksamhetsplan 2024 – Socialnämnden')
})

it('leaves a title that names both as it is, whatever the case', () => {
  expect(documentTitle({ ...knivsta, title: 'Socialnämndens verksamhetsplan 2024, Knivsta kommun' })).toBe('Socialnämndens verksamhetsplan 2024, Knivsta kommun')
  expect(documentTitle({ ...knivsta, title: 'SOCIALNÄMNDEN I KNIVSTA KOMMUN 2024' })).toBe('SOCIALNÄMNDEN I KNIVSTA KOMMUN 2024')
})
