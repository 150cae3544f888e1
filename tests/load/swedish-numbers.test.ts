import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NUMBER_HINT } from '../../src/model/index.js'
import { loadPlan, loadPlanFrom } from '../../src/load/index.js'
import { FIXTURES, memoryReader, rejection } from './helpers.js'

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

/** valid-minimal with the Nämnd- och styrelseverksamhet row's values replaced. */
async function planWithValues(values: string) {
  const text = await readFile(path.join(FIXTURES, 'valid-minimal', 'plan.yaml'), 'utf8')
  const changed = text.replace('values: [1427, 1456, 1456]', `values: ${values}`)
  expect(changed).not.toBe(text)
  return loadPlanFrom('knivsta', 'knivsta', memoryReader({ 'plan.yaml': changed, [CHAPTER]: '# Styr\n' }))
}

describe('numbers typed the Swedish way', () => {
  it('reads grouped thousands, decimal commas and the typographic minus as numbers', async () => {
    const loaded = await planWithValues('["1 427", "34,61", "−1 952"]')
    expect(loaded.plan.budget.operating!.rows[0]!.values).toEqual([1427, 34.61, -1952])
  })

  it('accepts them unquoted in a block list (YAML reads `1 427` as text) and with a no-break space', async () => {
    const loaded = await planWithValues('\n          - 1 427\n          - 34,61\n          - "1\u00a0456"')
    expect(loaded.plan.budget.operating!.rows[0]!.values).toEqual([1427, 34.61, 1456])
  })

  it('cannot tell an unquoted decimal comma in a [flow, list] from two values: YAML splits it', async () => {
    // This is why plans quote "34,61" inside [...]; the loader sees four values, not three.
    const loaded = await planWithValues('[1 427, 34,61, 1456]')
    expect(loaded.plan.budget.operating!.rows[0]!.values).toEqual([1427, 34, 61, 1456])
  })

  it('the swedish-numbers fixture loads with the right values', async () => {
    const loaded = await loadPlan(path.join(FIXTURES, 'swedish-numbers'))
    expect(loaded.plan.budget.operating!.rows.map((row) => row.values)).toEqual([
      [1427, 1456, 1456],
      [5343, 6412, 7114],
      [1013, 0, -1952],
    ])
  })

  it.each([
    ['"1.427,5"', '"1.427,5"'],
    ['"12 34"', '"12 34"'],
  ])('rejects %s with invalid-value at the value and shows how to write it', async (written, shown) => {
    const diagnostics = await rejection(planWithValues(`[1427, ${written}, 1456]`))
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ file: 'knivsta/plan.yaml', line: 22, column: 24, ruleId: 'invalid-value' })
    expect(diagnostics[0]!.message).toBe(
      `budget.operating.rows[0].values[1]: expected a number, found text ${shown} – ${NUMBER_HINT}`,
    )
  })
})
