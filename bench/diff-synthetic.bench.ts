import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { diffPlans, WorkBudget } from '../src/diff/index.js'
import { editDraft, generateSyntheticPlan, LARGE, snapshotFrom } from './generate-synthetic-plan.js'

/**
 * The time to diff two drafts of a large synthetic plan (about 300 pages: 20 chapters of
 * narrative, 400 budget rows, 240 indicators, 160 volume rows, 150 suppliers), the second draft
 * with a few percent of everything edited. Run: npx vitest bench --run bench/diff-synthetic.bench.ts
 */
const vocabulary = [...new Set(readFileSync(new URL('../seeds/knivsta-sn-2024.txt', import.meta.url), 'utf8').toLocaleLowerCase('sv-SE').match(/\p{L}{3,}/gu) ?? [])]
const first = generateSyntheticPlan(LARGE, vocabulary)
const second = editDraft(first, vocabulary)
const before = snapshotFrom(first, 'syntetisk-utkast-1')
const after = snapshotFrom(second, 'syntetisk-utkast-2')

const words = Object.values(first.files).join(' ').split(/\s+/).length
const budget = new WorkBudget()
diffPlans(before, after) // warm-up: the first call also compiles the code paths
const cpu = process.cpuUsage()
const wall = performance.now()
const diff = diffPlans(before, after, { budget })
const used = process.cpuUsage(cpu)
console.log(
  `synthetic plan: ${words} words of narrative (≈ ${Math.round(words / 400)} pages at 400 words a page); ` +
    `${diff.changes.length} changes; ${budget.steps} steps of ${budget.limit}; ${budget.degraded} degraded; ` +
    `one diff: ${Math.round(performance.now() - wall)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`,
)

describe('vplan diff, large synthetic plan', () => {
  bench('diffPlans(draft 1, draft 2)', () => {
    diffPlans(before, after)
  }, { iterations: 5, warmupIterations: 1 })
})
