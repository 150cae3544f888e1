import { describe, expect, it, vi } from 'vitest'
import { checkMarkdown } from '../../src/load/check-markdown.js'
import { parseMarkdown } from '../../src/markdown/parse-markdown.js'

// Counts the Markdown parses while keeping the real parser.
vi.mock('../../src/markdown/parse-markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/markdown/parse-markdown.js')>()
  return { ...real, parseMarkdown: vi.fn(real.parseMarkdown) }
})

describe('checkMarkdown on a text it has checked before', () => {
  it('does not parse it again', () => {
    const parse = vi.mocked(parseMarkdown)
    const text = '# Kapitel\n\nEn text som bara det här testet kontrollerar.\n'
    const before = parse.mock.calls.length
    expect(checkMarkdown(text)).toEqual([])
    expect(checkMarkdown(text)).toEqual([])
    expect(parse.mock.calls.length - before).toBe(1)
    checkMarkdown(text + 'Och en rad till.\n')
    expect(parse.mock.calls.length - before).toBe(2)
  })

  it('gives the same problems, as objects of the caller’s own', () => {
    const text = '# Kapitel\n\nText.\n\n```\nkod som aldrig stängs\n'
    const first = checkMarkdown(text)
    expect(first).toEqual([expect.objectContaining({ ruleId: 'unclosed-code-block', position: { line: 5, column: 1 } })])
    const expected = structuredClone(first)
    first[0]!.position.line = 99
    first[0]!.message = 'ändrad'
    first.pop()
    expect(checkMarkdown(text)).toStrictEqual(expected)
  })
})
