import { expect, it } from 'vitest'
import { spellsBoard } from '../../src/model/spells-board.js'

it('tells the board spelt another way from a subtitle that mentions it', () => {
  for (const text of ['Socialnämnd', 'socialnämnden', 'SOCIALNÄMNDENS', 'Socialnämnden']) expect(spellsBoard(text, 'Socialnämnden'), text).toBe(true)
  expect(spellsBoard('Kommunstyrelse', 'Kommunstyrelsen')).toBe(true)
  for (const text of ['Socialnämndens verksamhetsplan', 'Verksamhetsplan med budget', 'Social', 'Äldrenämnden', '']) {
    expect(spellsBoard(text, 'Socialnämnden'), text).toBe(false)
  }
})
