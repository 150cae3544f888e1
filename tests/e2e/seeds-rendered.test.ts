import { beforeAll, describe, expect, test } from 'vitest'
import { buildSeedPlan } from '../support/build-seed.js'
import { htmlPieces, pdfPages } from '../support/extract-text.js'
import { missingBlocks, readSeed, SEEDS, tokensOfPieces } from '../support/seed-text.js'

/*
 * End to end against the ground truth: every paragraph and table row of the published plans
 * (seeds/*.txt) must appear in the PDF a board member reads and in the HTML a citizen reads.
 */
describe.each(SEEDS)('%s rendered', (id) => {
  let built: Awaited<ReturnType<typeof buildSeedPlan>>
  let pages: string[][]
  beforeAll(async () => {
    built = await buildSeedPlan(id)
    pages = await pdfPages(built.outputs.pdf as Uint8Array)
  }, 60_000)

  test('builds without errors', () => {
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  test('every paragraph and table row of the seed is in the PDF text', () => {
    expect(missingBlocks(readSeed(id), tokensOfPieces(pages.flat()))).toEqual([])
  })

  test('every paragraph and table row of the seed is in the HTML text', () => {
    const pieces = htmlPieces(built.outputs.html as string)
    expect(missingBlocks(readSeed(id), tokensOfPieces(pieces))).toEqual([])
  })

  test('the three outputs are byte-identical on a second build', async () => {
    const again = await buildSeedPlan(id)
    expect(again.outputs.md).toBe(built.outputs.md)
    expect(again.outputs.html).toBe(built.outputs.html)
    expect(Buffer.from(again.outputs.pdf as Uint8Array).equals(Buffer.from(built.outputs.pdf as Uint8Array))).toBe(true)
  }, 60_000)
})
