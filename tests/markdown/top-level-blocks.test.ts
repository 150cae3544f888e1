import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseWholeText } from '../../src/markdown/markdown-processor.js'
import { createLineOracle, topLevelBlockOpenedBy, type LineOracle } from '../../src/markdown/top-level-blocks.js'

/** An oracle that knows nothing and records what it was asked. */
function ignorantOracle() {
  const asked: string[] = []
  const ask: LineOracle = (line) => void asked.push(line)
  return { ask, asked }
}

const opens = (line: string) => parseWholeText(line).children[0]?.type

describe('::: openings', () => {
  test('the plain forms are known without parsing', () => {
    for (const line of [':::table{#brukarbedomning caption="Nyckeltal"}', ':::note', '  :::label', '::::yttre', ':::a{.b #c d="e }f"}', ':::a{}', ':::a{ }']) {
      const { ask, asked } = ignorantOracle()
      expect(topLevelBlockOpenedBy(line, true, ask)).toMatchObject({ indent: line.length - line.trimStart().length })
      expect(asked).toEqual([])
      expect(opens(line)).toBe('containerDirective')
    }
  })

  test('what is known without parsing is what micromark says', () => {
    const item = fc.constantFrom('#id', '.c', 'x="y"', 'x="a b}"', "x='y'", 'x=y', '#', '.', 'x=', '"', '=', 'å', '#å', 'x:y="z"', '_x')
    const separator = fc.constantFrom('', ' ', '  ', '\t')
    const attributes = fc.tuple(fc.array(fc.tuple(separator, item), { maxLength: 4 }), separator, fc.constantFrom('}', '', '}}'))
      .map(([items, last, close]) => '{' + items.map(([before, text]) => before + text).join('') + last + close)
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '   ', '    ', '\t'),
        fc.constantFrom(':::', '::::', '::'),
        fc.constantFrom('table', 'a', 'a1', 'a-b', 'a_', '1a', 'å', ''),
        fc.option(attributes, { nil: '' }),
        fc.constantFrom('', ' ', '\t', ' x', '[l]'),
      )
      .map((parts) => parts.join(''))
    let known = 0
    fc.assert(
      fc.property(line, (text) => {
        const block = topLevelBlockOpenedBy(text, true, ignorantOracle().ask)
        if (block === undefined || block === 'unsure') return
        known++
        expect(opens(text)).toBe('containerDirective')
      }),
      { numRuns: 3000 },
    )
    expect(known).toBeGreaterThan(30)
  })

  test('other forms are asked about', () => {
    const { ask, asked } = ignorantOracle()
    expect(topLevelBlockOpenedBy(':::note[etikett]', true, ask)).toBe('unsure')
    expect(asked).toEqual([':::note[etikett]'])
    expect(topLevelBlockOpenedBy(':::note[etikett]', true, createLineOracle(1))).toMatchObject({ indent: 0 })
    expect(topLevelBlockOpenedBy(':::note text', true, createLineOracle(1))).toBeUndefined()
    expect(topLevelBlockOpenedBy(':::   ', true, ask)).toBeUndefined()
  })
})

describe('HTML tag lines', () => {
  test('after a text line: unsure if it may open a block, else a line of the paragraph', () => {
    const oracle = createLineOracle(2)
    expect(topLevelBlockOpenedBy('<span>', false, oracle)).toBe('unsure')
    expect(topLevelBlockOpenedBy('<b>fet</b> text', false, oracle)).toBeUndefined()
  })

  test('after a blank line: a block to the next blank line when micromark says so', () => {
    const oracle = createLineOracle(2)
    expect(topLevelBlockOpenedBy('<div class="x">', true, oracle)).toMatchObject({ indent: 0, endsOnOpeningLine: false })
    expect(topLevelBlockOpenedBy('<span>text', true, oracle)).toBeUndefined()
  })
})

describe('createLineOracle', () => {
  test('parses at most its budget of new lines, and still answers from lines known before', () => {
    const unique = `${Date.now()}-${Math.random()}`
    const lines = [1, 2, 3].map((n) => `:::n${n}[${unique}]`)
    const first = createLineOracle(2)
    expect(lines.map(first)).toEqual(['containerDirective', 'containerDirective', undefined])
    const second = createLineOracle(0)
    expect(lines.map(second)).toEqual(['containerDirective', 'containerDirective', undefined])
  })
})
