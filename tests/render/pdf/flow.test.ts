import { describe, expect, test } from 'vitest'
import { renderPdf } from '../../../src/render/pdf/index.js'
import { sampleDocument } from './fixtures.js'
import { paragraphs } from './long-document.js'
import { normalise, readPdf } from './read-pdf.js'

async function pages(markdown: string) {
  const { bytes, diagnostics } = await renderPdf(sampleDocument(markdown))
  expect(diagnostics).toEqual([])
  return (await readPdf(bytes)).pages
}

const start = (text: string) => normalise(text).slice(0, 40)
const pageWith = (all: Awaited<ReturnType<typeof pages>>, text: string) => all.findIndex((page) => page.text.includes(start(text)))

describe('page flow directives', { timeout: 120_000 }, () => {
  test('::pagebreak starts the next block on a new page', async () => {
    const [a, b] = paragraphs
    const all = await pages(`# Kapitel\n\n${a}\n\n::pagebreak\n\n${b}\n`)
    const page = pageWith(all, b!)
    expect(page).toBe(pageWith(all, a!) + 1)
    expect(all[page]!.lines[0]!.text.startsWith(start(b!))).toBe(true)
  })

  test(':::keep keeps its content on one page wherever it falls', async () => {
    const kept = paragraphs.slice(10, 13)
    let moved = 0
    for (let fillers = 3; fillers <= 13; fillers += 2) {
      const filler = paragraphs.slice(20, 20 + fillers)
      const all = await pages(`# Kapitel\n\n${filler.join('\n\n')}\n\n:::keep\n${kept.join('\n\n')}\n:::\n`)
      const at = kept.map((text) => pageWith(all, text.slice(-60)))
      expect(new Set(at).size, `with ${fillers} paragraphs before`).toBe(1)
      if (at[0]! > pageWith(all, filler.at(-1)!.slice(-60))) moved++
    }
    // Some of the cases had to move the block to the next page to keep it whole.
    expect(moved).toBeGreaterThan(0)
  })

  test('nested and numbered lists keep their items and order', async () => {
    const markdown = '# Listor\n\n3. Tredje steget\n4. Fjärde steget\n   - Underpunkt *kursiv*\n     - Djupare **fet**\n5. Femte steget\n\n- [x] Klart\n- [ ] Kvar\n'
    const lines = (await pages(markdown)).flatMap((page) => page.lines.map((line) => line.text))
    const from = lines.indexOf('3. Tredje steget')
    // Bullets are text (the list's Lbl in the tagged PDF): a bullet, a dash one level down, and so on.
    expect(lines.slice(from, from + 7)).toEqual(['3. Tredje steget', '4. Fjärde steget', '– Underpunkt kursiv', '• Djupare fet', '5. Femte steget', '• [x] Klart', '• [ ] Kvar'])
  })

  test(':::note and :::label print their text; inline code and links print as text', async () => {
    const text = (await pages('# Noter\n\n:::label\nNämndmål\n:::\n\nText med `kod` och [länk](https://www.knivsta.se/).\n\n:::note\nNyckeltalen hämtas ur Kolada\n:::\n'))
      .map((page) => page.text)
      .join(' ')
    expect(text).toContain('Nämndmål Text med kod och länk. Nyckeltalen hämtas ur Kolada')
  })
})
