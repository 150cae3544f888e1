import { describe, expect, test } from 'vitest'
import { composeSeedPlan } from '../support/compose-seed.js'
import { missingBlocks, readSeed, SEEDS, tokens } from '../support/seed-text.js'

/*
 * The seeds are the ground truth: every paragraph, heading and table row of the published plans
 * must come out of vplan's pipeline from data. This test reads the seed texts themselves; there
 * is no hand-typed list of expected strings.
 */
describe.each(SEEDS)('%s: the plan data holds the whole seed', (id) => {
  test('every paragraph, heading, list item and table row is in the composed document', async () => {
    const { composed } = await composeSeedPlan(id)
    expect(composed.diagnostics).toEqual([])
    const blocks = readSeed(id)
    expect(blocks.length).toBeGreaterThan(150)
    expect(missingBlocks(blocks, tokens(composed.markdown))).toEqual([])
  })

  test('no table is typed by hand in the narrative: every table comes from data', async () => {
    const { loaded } = await composeSeedPlan(id)
    for (const { file, text } of loaded.narratives.values()) {
      expect(text, file).not.toMatch(/^\s*\|.*\|\s*$/m)
    }
  })

  test('derived figures agree with the figures the seed states', async () => {
    const { deriveDiagnostics } = await composeSeedPlan(id)
    expect(deriveDiagnostics).toEqual([])
  })
})

test('Knivsta operating budget totals are derived as adopted: 344 051 / 360 999 / 360 999 tkr', async () => {
  const { derived } = await composeSeedPlan('knivsta-sn-2024')
  expect(derived.operating).toEqual([344051, 360999, 360999])
  expect(derived.investments).toEqual([500])
})

test('Danderyd budgets are derived as adopted: 713,7 / 749,5 mnkr; changes 6,3 / 5,0 / 3,7 / 3,1 %', async () => {
  const { derived } = await composeSeedPlan('danderyd-sn-2024')
  expect(derived.byResponsibility?.map((v) => v?.toFixed(1))).toEqual(['713.7', '749.5'])
  expect(derived.multiYear?.percent.slice(1).map((v) => v?.toFixed(1))).toEqual(['6.3', '5.0', '3.7', '3.1'])
  expect(derived.multiYear?.amount.slice(1).map((v) => v?.toFixed(1))).toEqual(['42.5', '35.8', '28.0', '23.9'])
})

test('the completeness check notices a changed figure or word (it can fail)', async () => {
  const { composed } = await composeSeedPlan('knivsta-sn-2024')
  const blocks = readSeed('knivsta-sn-2024')
  const edited = composed.markdown.replace('40\u00a0346', '40\u00a0347').replace('daglediga invånare', 'daglediga')
  expect(missingBlocks(blocks, tokens(edited))).toEqual([
    expect.stringContaining('för daglediga invånare.'),
    expect.stringContaining('LOV - hemtjänst och delegerad HSL | 40 346'),
  ])
})
