import { describe, expect, test } from 'vitest'
import { DEFAULT_HYPHENATION, hyphenate, joinAbbreviations, stripSoftHyphens } from '../../../src/render/hyphenate/index.js'

/** Soft hyphens as "|" and no-break spaces as "_", so expectations can be read. */
const shown = (text: string) => hyphenate(text).replaceAll('\u00ad', '|').replaceAll('\u00a0', '_')

describe('hyphenate', () => {
  test('puts soft hyphens at the Swedish break points of long words', () => {
    expect(shown('Verksamhetsförutsättningar')).toBe('Verk|sam|hets|för|ut|sätt|ningar')
    expect(shown('kommunfullmäktige och myndighetsutövning')).toBe('kom|mun|full|mäk|tige och myn|dig|hets|ut|öv|ning')
    expect(shown('LSS-verksamheten')).toBe('LSS-verk|sam|he|ten')
    expect(shown('(funktionsnedsättning).')).toBe('(funk|tions|ned|sätt|ning).')
  })

  test('leaves short words alone and keeps two letters before a break and three after it', () => {
    expect(shown('hemtjänst Knivsta omsorg')).toBe('hem|tjänst Knivsta omsorg')
    expect(shown('utredning')).toBe('ut|red|ning')
    // The patterns allow "…ning|ar"; three letters at least go to the next line.
    expect(shown('Verksamhetsförutsättningar').endsWith('|ningar')).toBe(true)
    for (const word of hyphenate('Verksamhetsförutsättningar organisationer utredningar beslutsunderlag').split(' ')) {
      const parts = word.split('\u00ad')
      expect(parts[0]!.length).toBeGreaterThanOrEqual(DEFAULT_HYPHENATION.leftMin)
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(DEFAULT_HYPHENATION.rightMin)
    }
  })

  test('never touches numbers, ids, addresses, acronyms or code-like text', () => {
    for (const text of [
      '1 427 000',
      '2024–2026',
      'U21468 N00945 Agenda 2030s',
      'info@knivsta.se socialnamnden.registrator@danderyd.se',
      'https://www.kolada.se/verktyg/fri-sokning/?kpis=U21468',
      'www.verksamhetsplanering.se',
      'mailto:socialförvaltningen javascript:alert(3)',
      'kapitel/03-verksamhetsforutsattningar.md',
      '/verksamhetsplaner/socialnamnden',
      'KVALITETSLEDNINGSSYSTEM eHälsomyndigheten',
      'plan_verksamhetsförutsättningar',
    ]) {
      expect(stripSoftHyphens(hyphenate(text)), text).toBe(text)
      expect(hyphenate(text), text).not.toContain('\u00ad')
    }
  })

  test('joins spaced abbreviations with no-break spaces, and only those', () => {
    expect(shown('minska sedan i o m förändringsarbete')).toBe('minska sedan i_o_m för|änd|rings|ar|bete')
    expect(shown('såsom t ex demografiska')).toBe('såsom t_ex de|mo|gra|fiska')
    expect(shown('lokaler m m. Bl. a. och fr o m 2024')).toBe('lokaler m_m. Bl._a. och fr_o_m 2024')
    expect(joinAbbreviations('t.ex. och bl.a.')).toBe('t.ex. och bl.a.')
    expect(joinAbbreviations('i om m som o')).toBe('i om m som o')
    expect(joinAbbreviations('Kim o m')).toBe('Kim o m')
  })

  test('is idempotent, and removing the soft hyphens gives back the text', () => {
    const text = 'Socialnämndens verksamheter ska möta omvärldsförändringar med ständig utveckling.'
    expect(hyphenate(hyphenate(text))).toBe(hyphenate(text))
    expect(stripSoftHyphens(hyphenate(text))).toBe(text)
  })

  test('leaves a word the author hyphenated by hand as written', () => {
    expect(hyphenate('verksamhets\u00adförutsättningar')).toBe('verksamhets\u00adförutsättningar')
  })
})
