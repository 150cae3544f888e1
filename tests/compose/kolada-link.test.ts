import { expect, it } from 'vitest'
import { koladaLink, koladaUrl } from '../../src/compose/kolada-link.js'

it('links a Kolada id to the indicator in Kolada\'s free search', () => {
  expect(koladaUrl('U21468')).toBe('https://www.kolada.se/verktyg/fri-sokning/?kpis=U21468')
  expect(koladaLink('N31814')).toBe('[N31814](https://www.kolada.se/verktyg/fri-sokning/?kpis=N31814)')
})
