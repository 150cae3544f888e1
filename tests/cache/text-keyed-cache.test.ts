import { describe, expect, test } from 'vitest'
import { TextKeyedCache } from '../../src/cache/text-keyed-cache.js'

/** A cache whose computations are recorded. */
function recordingCache(maxChars: number) {
  const computed: string[] = []
  const cache = new TextKeyedCache<number>(maxChars)
  const value = (key: string) =>
    cache.getOrCompute(key, (own) => {
      computed.push(own)
      return own.length
    })
  return { cache, computed, value }
}

describe('TextKeyedCache', () => {
  test('computes a value once per key', () => {
    const { cache, computed, value } = recordingCache(10)
    expect(value('aaaa')).toBe(4)
    expect(value('aaaa')).toBe(4)
    expect(computed).toEqual(['aaaa'])
    expect(cache.get('aaaa')).toBe(4)
    expect(cache.get('bbbb')).toBeUndefined()
  })

  test('drops the least recently used entries once the keys pass the bound', () => {
    const { cache, computed, value } = recordingCache(10)
    value('aaaa')
    value('bbbb')
    value('aaaa') // now 'bbbb' is the least recently used
    value('cccc')
    expect(cache.size).toBe(8)
    expect(cache.get('bbbb')).toBeUndefined()
    expect(computed).toEqual(['aaaa', 'bbbb', 'cccc'])
    value('aaaa')
    expect(computed).toHaveLength(3)
  })

  test('does not keep an entry longer than the bound, nor evict for it', () => {
    const { cache, computed, value } = recordingCache(10)
    value('aaaa')
    value('x'.repeat(11))
    value('x'.repeat(11))
    expect(computed).toEqual(['aaaa', 'x'.repeat(11), 'x'.repeat(11)])
    expect(cache.get('aaaa')).toBe(4)
    expect(cache.size).toBe(4)
  })

  test('computes from the key it keeps, equal to the one asked for', () => {
    const { computed, value } = recordingCache(100)
    const document = '# Ett\n\nText.\n\n# Två\n'
    value(document.slice(0, 14))
    expect(computed).toEqual(['# Ett\n\nText.\n\n'])
  })
})
