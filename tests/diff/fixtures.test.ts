import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { diffPlans, snapshotOf, WorkBudget, type PlanDiff } from '../../src/diff/index.js'
import { renderHtml } from '../../src/diff/report/html/render-html.js'
import { renderJson } from '../../src/diff/report/render-json.js'
import { renderText } from '../../src/diff/report/render-text.js'
import { loadPlan } from '../../src/load/index.js'
import { applyEdits, type FixtureCase } from './apply-edits.js'

/**
 * Fixture cases: tests/fixtures/diff/<case>/case.json edits a copy of a real plan (a frozen copy
 * in tests/fixtures/diff/base/), and the diff of the real plan against the edited copy must be
 * expected.json (the PlanDiff) and expected.txt (the text report). `UPDATE=1` rewrites them.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/diff/', import.meta.url))
const UPDATE = process.env.UPDATE === '1'
const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'base').map((e) => e.name).sort()
const temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-diff-fixtures-'))

afterAll(() => rm(temp, { recursive: true, force: true }))

async function runCase(name: string): Promise<{ fixture: FixtureCase; diff: PlanDiff; budget: WorkBudget; html: string }> {
  const fixture = JSON.parse(await readFile(path.join(FIXTURES, name, 'case.json'), 'utf8')) as FixtureCase
  const base = path.join(FIXTURES, 'base', fixture.plan)
  const copy = path.join(temp, name, `${fixture.plan}-${name}`)
  await cp(base, copy, { recursive: true })
  await applyEdits(copy, fixture.edits)
  const [before, after] = await Promise.all([loadPlan(base), loadPlan(copy)])
  const budget = new WorkBudget(fixture.limit)
  const old = snapshotOf(before)
  const neu = snapshotOf(after)
  const diff = diffPlans(old, neu, { budget })
  return { fixture, diff, budget, html: renderHtml(diff, { old, new: neu }) }
}

async function expectFile(name: string, file: string, actual: string): Promise<void> {
  const target = path.join(FIXTURES, name, file)
  if (UPDATE) await writeFile(target, actual)
  expect(actual).toBe(await readFile(target, 'utf8'))
}

// Loading two real plans and rendering the report takes a second, more on a busy machine.
describe.each(cases)('diff fixture %s', { timeout: 60_000 }, (name) => {
  it('gives the expected PlanDiff, text report and kinds of change', async () => {
    const { fixture, diff, budget, html } = await runCase(name)
    await expectFile(name, 'expected.json', renderJson(diff))
    await expectFile(name, 'expected.txt', renderText(diff))
    if (fixture.expectKinds) {
      const kinds: Record<string, number> = {}
      for (const change of diff.changes) if (!(change.kind === 'value' && change.derived)) kinds[change.kind] = (kinds[change.kind] ?? 0) + 1
      const derived = diff.changes.filter((c) => c.kind === 'value' && c.derived).length
      expect({ ...kinds, ...(derived && { value: (kinds.value ?? 0) + derived }) }).toEqual(fixture.expectKinds)
    }
    expect(budget.steps).toBeLessThanOrEqual(budget.limit)
    if (fixture.expectDegraded) expect(budget.degraded).toBeGreaterThan(0)
    // Every change in the report's list links to an anchor that exists in the document part.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    for (const [, href] of html.matchAll(/ href="#([^"]+)"/g)) expect(ids).toContain(href)
  })
})
