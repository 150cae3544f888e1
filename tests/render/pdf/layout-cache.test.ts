import { describe, expect, test } from 'vitest'
import { cacheLayouts } from '../../../src/render/pdf/layout-cache.js'
import { freshRoboto, runContent, seedWords, type Font, type Run } from './real-fontkit.js'

/** Counts the shaping the cache asks of the font underneath it. */
function countShaping(font: Font): { readonly calls: number } {
  const shape = font.layout.bind(font)
  const counter = { calls: 0 }
  font.layout = (text, ...options) => {
    counter.calls++
    return shape(text, ...options)
  }
  return counter
}

/** What pdfkit's EmbeddedFont.layoutRun does to every run it gets: positions scaled in place. */
function scaleLikePdfkit(run: Run): void {
  for (const position of run.positions as Record<string, number>[]) for (const key in position) position[key]! *= 1000 / 2048
}

describe('cacheLayouts', () => {
  test('a word from the cache is shaped exactly as a fresh font shapes it', () => {
    const cached = freshRoboto()
    cacheLayouts(cached, 100_000)
    const fresh = freshRoboto()
    const words = [...seedWords('knivsta-sn-2024'), 'fi ', 'Vi ', 'AV ', 'ff']
    expect(words.length).toBeGreaterThan(1000)
    for (const word of words) cached.layout(word)
    for (const word of words) expect(runContent(cached.layout(word)), word).toEqual(runContent(fresh.layout(word)))
  })

  test('a run handed out twice is not shared: changing the first leaves the second as shaped', () => {
    const font = freshRoboto()
    cacheLayouts(font, 10)
    const expected = runContent(freshRoboto().layout('Verksamhetsplan '))
    const first = font.layout('Verksamhetsplan ')
    scaleLikePdfkit(first)
    first.glyphs.reverse()
    first.features!.liga = false
    const second = font.layout('Verksamhetsplan ')
    expect(runContent(second)).toEqual(expected)
    expect(second).not.toBe(first)
    expect(second.glyphs).not.toBe(first.glyphs)
    expect(second.features).not.toBe(first.features)
    second.positions.forEach((position, i) => expect(position).not.toBe(first.positions[i]))
  })

  test('keeps at most `limit` words, dropping the least recently used', () => {
    const font = freshRoboto()
    const shaping = countShaping(font)
    const cache = cacheLayouts(font, 3)
    for (const word of ['och ', 'att ', 'för ', 'och ', 'som ']) font.layout(word) // "och" used again, so "att" is the oldest
    expect(cache.size).toBe(3)
    expect(shaping.calls).toBe(4)
    font.layout('och ')
    font.layout('för ')
    expect(shaping.calls).toBe(4)
    font.layout('att ')
    expect(shaping.calls).toBe(5)
    expect(cache.size).toBe(3)
  })

  test('stays within its limit over a whole plan', () => {
    const font = freshRoboto()
    const cache = cacheLayouts(font, 500)
    const words = seedWords('danderyd-sn-2024')
    expect(words.length).toBeGreaterThan(1000)
    for (const word of words) {
      font.layout(word)
      expect(cache.size).toBeLessThanOrEqual(500)
    }
    expect(cache.size).toBe(500)
  })

  test('shapes runs with features, script, language or direction afresh, outside the cache', () => {
    const font = freshRoboto()
    const shaping = countShaping(font)
    const cache = cacheLayouts(font, 10)
    font.layout('office ', ['liga'])
    font.layout('office ', ['liga'])
    font.layout('office ', undefined, 'latn')
    expect(shaping.calls).toBe(3)
    expect(cache.size).toBe(0)
  })

  test('refuses a limit that could keep nothing', () => {
    expect(() => cacheLayouts(freshRoboto(), 0)).toThrow(RangeError)
    expect(() => cacheLayouts(freshRoboto(), 1.5)).toThrow(RangeError)
  })
})
