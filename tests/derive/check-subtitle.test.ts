import { expect, it } from 'vitest'
import { checkSubtitle } from '../../src/derive/check-subtitle.js'
import type { Meta } from '../../src/model/index.js'

const meta: Meta = { municipality: 'Danderyds kommun', board: 'Socialnämnden', year: 2024, title: 'Nämndens verksamhetsplan 2024', template: 'danderyd', keywords: [] }

it('warns at a subtitle that spells the board another way', () => {
  expect(checkSubtitle({ ...meta, subtitle: 'Socialnämnd' })).toEqual([{
    path: ['meta', 'subtitle'],
    severity: 'warning',
    ruleId: 'subtitle-spells-board',
    message: "the subtitle 'Socialnämnd' is the board 'Socialnämnden' spelt another way; the cover shows 'Socialnämnden' (from board), so remove subtitle",
  }])
})

it('leaves a real subtitle, and no subtitle, alone', () => {
  expect(checkSubtitle({ ...meta, subtitle: 'Verksamhetsplan med budget' })).toEqual([])
  expect(checkSubtitle(meta)).toEqual([])
})
