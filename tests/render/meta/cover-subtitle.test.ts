import { expect, it } from 'vitest'
import { coverSubtitle } from '../../../src/render/meta/cover-subtitle.js'

it('shows the subtitle, or the board when there is none', () => {
  expect(coverSubtitle({ board: 'Socialnämnden', subtitle: 'Verksamhetsplan med budget' })).toBe('Verksamhetsplan med budget')
  expect(coverSubtitle({ board: 'Socialnämnden' })).toBe('Socialnämnden')
})

it('never shows a second spelling of the board', () => {
  expect(coverSubtitle({ board: 'Socialnämnden', subtitle: 'Socialnämnd' })).toBe('Socialnämnden')
})
