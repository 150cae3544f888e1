import { describe, expect, test } from 'vitest'
import { createChunkedParser } from '../../src/markdown/chunked-parser.js'
import { findChunkStarts, MIN_CHUNK_CHARS } from '../../src/markdown/find-chunk-starts.js'
import { parseWholeText } from '../../src/markdown/markdown-processor.js'

// The cases are short: any section, however short, may become a chunk here.
const parser = createChunkedParser({ parseWhole: parseWholeText, maxCachedChars: 1_000_000, minChunkChars: 1 })

/** Lines (1-based, as an editor shows them) where the text is cut. */
const cutLines = (markdown: string, minChunkChars = 1) => findChunkStarts(markdown, minChunkChars).map((start) => start.line + 1)

const lines = (...list: string[]) => list.join('\n') + '\n'

/**
 * Each case: the text, and the lines where it may be cut. The chunked parse must equal the
 * whole parse in every case, cut or not.
 */
const cases: [string, string, number[]][] = [
  ['top-level headings after blank lines', lines('# A', '', 'Text.', '', '# B', '', '# C'), [5, 7]],
  ['no blank line before the heading', lines('# A', 'Text.', '# B'), []],
  ['a line of spaces is blank', lines('# A', '   ', '# B'), [3]],
  ['deeper headings are not cuts', lines('# A', '', '## B', '', '#### C'), []],
  ['setext heading before', lines('Titel', '=====', '', '# B'), [4]],
  ['# inside backtick fence', lines('# A', '', '```', '', '# inte', '```', '', '# B'), [8]],
  ['# inside longer tilde fence, shorter closers inside', lines('~~~~', '~~~', '', '# inte', '~~~~~', '', '# B'), [7]],
  ['indented closing fence still closes', lines('```', '', '# inte', '   ```', '', '# B'), [6]],
  ['four spaces do not close a fence', lines('```', '    ```', '', '# inte', '```', '', '# B'), [7]],
  ['backtick info with a backtick is no fence', lines('``` a`b', '', '# B'), [3]],
  ['unclosed fence runs to the end', lines('# A', '', '```', '', '# inte'), []],
  ['# inside ::: container', lines(':::note', '', '# inte', '', ':::', '', '# B'), [7]],
  ['the first closing line ends the outer container', lines(':::yttre', ':::inre', '', '# inte', ':::', '', '# B'), [7]],
  ['longer outer fence', lines('::::yttre', ':::inre', '', '# inte', ':::', '', '# inte heller', '::::', '', '# B'), [10]],
  ['a tab after the colons opens a container', lines('| a |', '| - |', ':::\t', '', '# inte'), []],
  ['bad attributes open no container', lines(':::note{x', '', '# B'), [3]],
  ['HTML comment spanning a # line', lines('<!--', '', '# inte', '', '-->', '', '# B'), [7]],
  ['one-line comment', lines('<!-- anteckning -->', '', '# B'), [3]],
  ['<!--> ends itself', lines('<!-->', '', '# B'), [3]],
  ['<pre> until its closing tag', lines('<pre>', '', '# inte', '</PRE>', '', '# B'), [6]],
  ['<? until ?>', lines('<?php', '', '# inte', '?>', '', '# B'), [6]],
  ['<!X until >', lines('<!DOCTYPE', '', '# inte', '>', '', '# B'), [6]],
  ['CDATA ends at an even run of ]', lines('<![CDATA[', ']]]>', '', '# inte', ']]>', '', '# B'), [7]],
  ['<div> holds lines up to a blank line', lines('<div>', '```', '', '# A', '', '```', '', '# inte'), [4]],
  ['HTML tag line right after text: no cuts after it', lines('# A', '', 'Text', '<span>', '', '# B'), []],
  ['inline HTML at the start of a paragraph line', lines('# A', '', 'Text', '<b>fet</b> text', '', '# B'), [6]],
  ['a tag line continuing a paragraph holds no fence', lines('Text', '<span>', '```', '', '# inte', '', '```', '', '# inte heller'), []],
  ['fence in a list item, closed by the heading', lines('- a', '\t```', '', '# B', '', '# C'), [6]],
  ['indented fence, list item or top level: no cuts after it', lines('# A', '', '- a', '', '  ```', '  x', '  ```', '', '# B'), []],
  ['fence in a quote ends with the quote', lines('> ```', '> x', '', '# B'), []],
  ['fence in a quote, then a fresh paragraph', lines('> ```', '', 'Text', '', '# B'), [5]],
  ['indented code keeps a line of spaces before a cut', lines('    kod', '      ', '', '# B'), [4]],
  ['link reference definitions: parsed whole', lines('[x][ref]', '', '# B', '', '[ref]: https://example.com'), []],
  ['footnote definitions: parsed whole', lines('Text[^1]', '', '# B', '', '[^1]: Fotnot'), []],
  ['a link at a line start, and no `]:`', lines('[Länk](https://example.com)', '', '# B'), [3]],
  ['`]:` with no `[` at a line start', lines('Se [a]: b', '', '# B'), [3]],
  ['a definition in a list item', lines('- [ref]: https://example.com', '', '# B', '', '[x][ref]'), []],
  ['carriage returns: parsed whole', '# A\r\n\r\n# B\r\n', []],
]

describe('findChunkStarts', () => {
  for (const [name, markdown, expected] of cases) {
    test(name, () => {
      expect(cutLines(markdown)).toEqual(expected)
      expect(parser.parse(markdown)).toStrictEqual(parseWholeText(markdown))
    })
  }

  test('offsets are where the cut lines start', () => {
    const markdown = lines('# A', '', 'Text.', '', '# B')
    expect(findChunkStarts(markdown, 1)).toEqual([{ line: 4, offset: markdown.indexOf('# B') }])
  })
})

describe('lines parsed on their own to be known', () => {
  test('a text with many unusual ::: openings is cut only up to where the parses for one text run out', () => {
    const unique = `${Date.now()}-${Math.random()}`
    const sections = Array.from({ length: 40 }, (_, i) => lines(`# H${i}`, '', `:::note[${unique} ${i}]`, 'x', ':::'))
    const markdown = sections.join('\n')
    expect(findChunkStarts(markdown, 1)).toHaveLength(32)
    // The next time the first 32 lines are known: the parses left reach the end.
    expect(findChunkStarts(markdown, 1)).toHaveLength(39)
    expect(parser.parse(markdown)).toStrictEqual(parseWholeText(markdown))
  })
})

describe('short sections', () => {
  const x = (length: number) => 'x'.repeat(length)

  test('a section shorter than the minimum stays with the one before it', () => {
    const markdown = lines('# A', '', x(600), '', '# B', x(100), '', '# C', x(600))
    expect(cutLines(markdown, MIN_CHUNK_CHARS)).toEqual([8])
    expect(cutLines(markdown, 1)).toEqual([5, 8])
  })

  test('empty lines at the end of a section do not count', () => {
    // "# B\n", the x's and their line ending: exactly the minimum.
    const long = ['# B', x(MIN_CHUNK_CHARS - 5)]
    const short = ['# B', x(MIN_CHUNK_CHARS - 6)]
    expect(cutLines(lines('# A', '', ...long, '', '', '# C', 'x'), MIN_CHUNK_CHARS)).toEqual([3])
    expect(cutLines(lines('# A', '', ...short, '', '', '# C', 'x'), MIN_CHUNK_CHARS)).toEqual([])
    // The last section measures the same at the end of the text as before another heading.
    expect(cutLines(lines('# A', '', ...long, '', ''), MIN_CHUNK_CHARS)).toEqual([3])
    expect(cutLines(lines('# A', '', ...short, '', ''), MIN_CHUNK_CHARS)).toEqual([])
  })
})
