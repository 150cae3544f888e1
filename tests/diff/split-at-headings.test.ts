import { describe, expect, it } from 'vitest'
import { splitAtHeadings } from '../../src/diff/narrative/split-at-headings.js'

describe('splitAtHeadings', () => {
  it('cuts before each heading and loses nothing', () => {
    const text = 'Inledning.\n\n# Risker\n\nText.\n\n### Volymer\n\nMer text.\n'
    const pieces = splitAtHeadings(text)
    expect(pieces).toEqual(['Inledning.\n\n', '# Risker\n\nText.\n\n', '### Volymer\n\nMer text.\n'])
    expect(pieces.join('')).toBe(text)
  })

  it('does not cut inside fenced code', () => {
    const text = '# A\n\n```\n# not a heading\n```\n\n# B\n'
    expect(splitAtHeadings(text)).toEqual(['# A\n\n```\n# not a heading\n```\n\n', '# B\n'])
  })

  it('keeps a file with link reference definitions whole', () => {
    const text = '# A\n\nSe [planen][p].\n\n# B\n\n[p]: https://example.org\n'
    expect(splitAtHeadings(text)).toEqual([text])
  })

  it('does not take "#2024" or "#hashtag" for a heading', () => {
    expect(splitAtHeadings('Text\n#2024 är året\n')).toEqual(['Text\n#2024 är året\n'])
  })
})
