import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { createChunkedParser } from '../../src/markdown/chunked-parser.js'
import { findChunkStarts } from '../../src/markdown/find-chunk-starts.js'
import { parseWholeText } from '../../src/markdown/markdown-processor.js'
import { composeSeedPlan } from '../support/compose-seed.js'

/** Pieces that end or do not end a block where a `# ` line follows, and lines that look like one. */
const TRICKY = [
  '# Rubrik', '# Rubrik\nText direkt efter', 'Text\n# rubrik utan tom rad före', '## Underrubrik', '#', 'Titel\n=====', 'Titel\n---',
  '```\n# i kod\n```', '```', '```js', '```   ', '````\n```\n# x\n````', '~~~~\n# x\n~~~', '~~~', '  ```', ' ```', '\t```', '    ```', '```js `x`',
  ':::note\n# inne\n:::', ':::note', ':::', '::::', ':::: ', ':::\t', '::::yttre\n:::inre\n# x\n:::\n::::', ':::bad{x', ':::note{.x}',
  ':::note[etikett]', ':::table{#id caption="X"}', '  :::note', '\t:::note', '::pagebreak',
  '<!--\n# dold', '-->', '<!-- en rad -->', '<!-- a --> b', '<!-->', '<!---->', '  <!--', '<pre>\n# x', '</pre>', '<pre/>',
  '<script>\n# x\n</script>', '<textarea>', '<div>', '<div>\n```', '</div>', '<DIV>', '<span>', '<a href="x">', '<?php', '?>',
  '<!DOCTYPE', '>', '<![CDATA[', ']]]>', ']]>',
  '- a\n- b', '1. a\n\n2. b', '1) ett', '- a\n  - b\n\n  c', '- item\n\n  ```\n# i kod', '- item\n  ```', '- a\n\t```', '  - ```',
  '- a\n\n      kod', '- <pre>', '- :::note', '1. <div>', '- [ ] uppgift', '- [x] klar', '* * *', '---',
  '> citat\n> # inte', '> ```\n> kod', '> <!--', '> ~~~', '> > ```', '- > <?x', '- a\n\n  > b\n  > ```',
  '| a | b |\n| - | - |\n| 1 | 2 |', '| a |\n| - |', '    indraget\n# x', '   ', '\t',
  'Text med [länk][ref] och fotnot[^1].', '[ref]: https://example.com', '[^1]: Fotnot', '[Länk](https://example.com)',
  'www.example.com', '<https://example.com>', '**fet** *kursiv*', '😀 emoji', 'A\u0000B',
]
const SEPARATORS = ['', ' ', '\n', '\n\n', '\n\n\n', '\n   \n', '\n\t\n']

const seedPieces: string[] = []
beforeAll(async () => {
  for (const id of ['knivsta-sn-2024', 'danderyd-sn-2024']) {
    seedPieces.push(...(await composeSeedPlan(id)).composed.markdown.split(/\n\n+/).filter((piece) => piece !== ''))
  }
}, 60_000)

/** Documents of seed paragraphs and tricky pieces, heavy on `# ` lines so that most get cut. */
const documents = () => {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...TRICKY), weight: 4 },
    { arbitrary: fc.constantFrom('# A', '# B\nText'), weight: 3 },
    { arbitrary: fc.constantFrom(...seedPieces), weight: 2 },
  )
  const parts = fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  return fc.tuple(parts, fc.boolean()).map(([list, trim]) => {
    const text = list.map(([p, separator]) => p + separator).join('')
    return trim ? text.trimEnd() : text
  })
}

describe('chunked parse, property', () => {
  test('equals parsing the whole text, positions included, with chunks shared between documents', () => {
    // A small cache, so that chunks are also dropped and parsed again along the way.
    // Sections of any length become chunks, so that the cuts are as many as they can be.
    const parser = createChunkedParser({ parseWhole: parseWholeText, maxCachedChars: 20_000, minChunkChars: 1 })
    let cut = 0
    fc.assert(
      fc.property(documents(), (markdown) => {
        if (findChunkStarts(markdown, 1).length > 0) cut++
        expect(parser.parse(markdown)).toStrictEqual(parseWholeText(markdown))
      }),
      { numRuns: 400 },
    )
    // Most documents must have been cut, or the property says little.
    expect(cut).toBeGreaterThan(100)
  }, 60_000)
})
