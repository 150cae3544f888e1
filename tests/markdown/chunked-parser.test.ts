import { describe, expect, test } from 'vitest'
import type { Root } from 'mdast'
import { createChunkedParser } from '../../src/markdown/chunked-parser.js'
import { findChunkStarts } from '../../src/markdown/find-chunk-starts.js'
import { parseWholeText } from '../../src/markdown/markdown-processor.js'
import { parseMarkdown } from '../../src/markdown/parse-markdown.js'
import { composeSeedPlan } from '../support/compose-seed.js'

/** A parser whose chunk parses are counted and recorded. */
function countingParser(maxCachedChars = 1_000_000) {
  const parsed: string[] = []
  const parseWhole = (text: string) => {
    parsed.push(text)
    return parseWholeText(text)
  }
  // Sections of any length become chunks, so that these short texts are cut.
  const parser = createChunkedParser({ parseWhole, maxCachedChars, minChunkChars: 1 })
  return { parser, parsed }
}

const chapters = ['# Ett', '', 'Första kapitlet.', '', '# Två', '', '- a', '- b', '', '# Tre', '', '| a | b |', '| - | - |', '| 1 | 2 |', ''].join('\n')

describe('chunked parse of the seeds', () => {
  for (const id of ['knivsta-sn-2024', 'danderyd-sn-2024']) {
    test(`${id}: equal to parsing the composed text whole, positions included`, async () => {
      const { markdown } = (await composeSeedPlan(id)).composed
      expect(findChunkStarts(markdown).length).toBeGreaterThanOrEqual(5)
      expect(parseMarkdown(markdown)).toStrictEqual(parseWholeText(markdown))
      // Again, now from the cache.
      expect(parseMarkdown(markdown)).toStrictEqual(parseWholeText(markdown))
    }, 60_000)
  }
})

describe('createChunkedParser', () => {
  test('after an edit in one chunk, only that chunk is parsed again', () => {
    const { parser, parsed } = countingParser()
    expect(parser.parse(chapters)).toStrictEqual(parseWholeText(chapters))
    expect(parsed).toHaveLength(3)
    const edited = chapters.replace('Första kapitlet.', 'Första, ändrade kapitlet.')
    parsed.length = 0
    expect(parser.parse(edited)).toStrictEqual(parseWholeText(edited))
    expect(parsed).toEqual(['# Ett\n\nFörsta, ändrade kapitlet.\n'])
  })

  test('a chapter parsed on its own is reused where the whole text holds it', () => {
    const { parser, parsed } = countingParser()
    parser.parse('# Två\n\n- a\n- b\n')
    parsed.length = 0
    expect(parser.parse(chapters)).toStrictEqual(parseWholeText(chapters))
    expect(parsed).toEqual(['# Ett\n\nFörsta kapitlet.\n', '# Tre\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'])
  })

  test('hands out copies: changing a tree changes neither the cache nor the next tree', () => {
    const { parser } = countingParser()
    for (const text of [chapters, '# Ett\n\nFörsta kapitlet.\n']) {
      const tree = parser.parse(text)
      const heading = tree.children[0] as Extract<Root['children'][number], { type: 'heading' }>
      heading.data = { id: 'ändrad' }
      ;(heading.children[0] as { value: string }).value = 'Ändrad'
      heading.position!.start.line = 99
      tree.position!.end.offset = -1
      tree.children.pop()
      expect(parser.parse(text)).toStrictEqual(parseWholeText(text))
    }
    expect(parser.cache.get('# Ett\n\nFörsta kapitlet.\n')).toStrictEqual(parseWholeText('# Ett\n\nFörsta kapitlet.\n'))
  })

  test('copies directive attributes and table alignment too', () => {
    const { parser } = countingParser()
    const text = '# A\n\n:::table{#id caption="X"}\n| a |\n| -: |\n| 1 |\n:::\n\n# B\n'
    const tree = parser.parse(text)
    const directive = tree.children[1] as unknown as { attributes: Record<string, string>; children: { align: string[] }[] }
    directive.attributes.caption = 'ändrad'
    directive.children[0]!.align[0] = 'left'
    expect(parser.parse(text)).toStrictEqual(parseWholeText(text))
  })

  test('keeps chunks up to the bound, dropping the least recently used first', () => {
    const { parser, parsed } = countingParser(60)
    parser.parse(chapters) // chunks of 24, 15 and 37 characters: the first goes to make room
    expect(parser.cache.size).toBe(15 + 37)
    parsed.length = 0
    parser.parse('# Två\n\n- a\n- b\n')
    expect(parsed).toEqual([])
    parser.parse('# Ett\n\nFörsta kapitlet.\n') // evicts "# Tre", now the least recently used
    parser.parse('# Två\n\n- a\n- b\n')
    parser.parse('# Tre\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')
    expect(parsed).toEqual(['# Ett\n\nFörsta kapitlet.\n', '# Tre\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'])
  })

  test('a chunk longer than the bound is parsed each time, not kept', () => {
    const { parser, parsed } = countingParser(10)
    parser.parse(chapters)
    parser.parse(chapters)
    expect(parsed).toHaveLength(6)
    expect(parser.cache.size).toBe(0)
  })
})
