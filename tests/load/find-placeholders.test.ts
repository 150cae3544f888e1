import { describe, expect, test } from 'vitest'
import { findPlaceholders } from '../../src/load/find-placeholders.js'

describe('findPlaceholders', () => {
  test('finds each marker where it stands, line and column', () => {
    const text = '# Inledning\n\nText [Platshållare: nämndens uppdrag] och\n[Platshållare: mer]\n'
    expect(findPlaceholders(text)).toEqual([
      { position: { line: 3, column: 6 }, text: '[Platshållare: nämndens uppdrag]' },
      { position: { line: 4, column: 1 }, text: '[Platshållare: mer]' },
    ])
  })

  test('leaves ordinary brackets, links and the word itself alone', () => {
    expect(findPlaceholders('Se [bilaga 1](bilaga.pdf). En platshållare är inget fel. [Platshållare utan kolon]')).toEqual([])
  })
})
