import { describe, expect, test } from 'vitest'
import { debounceChanges } from '../../src/serve/debounce.js'

describe('debounceChanges', () => {
  test('a burst of changes becomes one run with every path', async () => {
    const runs: string[][] = []
    const batcher = debounceChanges(async (paths) => void runs.push([...paths].sort()), 20)
    for (const file of ['a.md', 'plan.yaml', 'a.md', 'b.md']) batcher.add(file)
    await batcher.idle()
    expect(runs).toEqual([['a.md', 'b.md', 'plan.yaml']])
  })

  test('changes during a run start exactly one more run after it', async () => {
    const runs: string[][] = []
    let release!: () => void
    const first = new Promise<void>((resolve) => (release = resolve))
    const batcher = debounceChanges(async (paths) => {
      runs.push([...paths].sort())
      if (runs.length === 1) await first
    }, 10)
    batcher.add('one.md')
    await until(() => runs.length === 1)
    batcher.add('two.md')
    batcher.add('three.md')
    release()
    await batcher.idle()
    expect(runs).toEqual([['one.md'], ['three.md', 'two.md']])
  })

  test('a failing run does not stop later runs', async () => {
    let calls = 0
    const batcher = debounceChanges(async () => {
      calls += 1
      if (calls === 1) throw new Error('boom')
    }, 5)
    batcher.add('x')
    await batcher.idle()
    batcher.add('y')
    await batcher.idle()
    expect(calls).toBe(2)
  })

  test('dispose drops pending changes', async () => {
    let calls = 0
    const batcher = debounceChanges(async () => void (calls += 1), 5)
    batcher.add('x')
    batcher.dispose()
    await batcher.idle()
    batcher.add('y')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(calls).toBe(0)
  })
})

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
  if (!condition()) throw new Error('condition never became true')
}
