import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { derivePlan } from '../../src/derive/index.js'
import { loadPlan, locatePathDiagnostics } from '../../src/load/index.js'

/* The council budget fixture, edited the way an editor could get it wrong; each problem at its key. */
const FIXTURE = path.resolve('tests/fixtures/compose/kf-budget/plan')
const work = mkdtempSync(path.join(tmpdir(), 'vplan-overview-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

let count = 0
async function check(edit: (yaml: string) => string) {
  const dir = path.join(work, `plan-${++count}`)
  cpSync(FIXTURE, dir, { recursive: true })
  const file = path.join(dir, 'plan.yaml')
  const yaml = edit(readFileSync(file, 'utf8'))
  writeFileSync(file, yaml)
  const loaded = await loadPlan(dir)
  const located = locatePathDiagnostics(loaded, derivePlan(loaded.plan).diagnostics)
  const lines = yaml.split('\n')
  // Where each diagnostic points, as the line's text from the column on: proof of the position.
  return located.map((d) => ({ severity: d.severity, ruleId: d.ruleId, message: d.message, at: lines[d.line - 1]!.slice(d.column - 1).trim() }))
}

function replaceOnce(yaml: string, from: string, to: string): string {
  expect(yaml).toContain(from)
  return yaml.replace(from, to)
}

describe('goalOverview and goal areas: bad input', () => {
  test('the fixture itself checks clean', async () => {
    expect(await check((yaml) => yaml)).toEqual([])
  })

  test('an area used once beside areas used often is a likely typo, with the near area suggested', async () => {
    const found = await check((yaml) => replaceOnce(yaml, 'area: Livsmiljö och samhällsbyggnad\n    title: minska', 'area: Livsmiljo och samhällsbyggnad\n    title: minska'))
    expect(found).toEqual([{
      severity: 'warning',
      ruleId: 'rare-goal-area',
      message: "the area 'Livsmiljo och samhällsbyggnad' is used by this goal only, beside 'Livsmiljö och samhällsbyggnad' (2), 'Utbildning och arbete' (2), 'Omsorg och hälsa' (2), 'Ekonomi och organisation' (2); is it a typo? – did you mean 'Livsmiljö och samhällsbyggnad'?",
      at: 'Livsmiljo och samhällsbyggnad',
    }])
  })

  test('an area of its own for one goal, spelt like no other, is not a typo when other areas are also small', async () => {
    const found = await check((yaml) => replaceOnce(yaml, 'area: Utbildning och arbete\n    title: fler invånare', 'area: Arbetsmarknad\n    title: fler invånare'))
    expect(found).toEqual([])
  })

  test('refs naming an unknown goal', async () => {
    const found = await check((yaml) => replaceOnce(yaml, '  - block: goalOverview\n', '  - block: goalOverview\n    refs: [bostader, skolresultatet]\n'))
    expect(found).toEqual([{ severity: 'error', ruleId: 'unknown-goal-ref', message: "no goal has the id 'skolresultatet' – did you mean 'skolresultat'?", at: 'skolresultatet]' }])
  })

  test('an area filter no goal has', async () => {
    const found = await check((yaml) => replaceOnce(yaml, '  - block: goalOverview\n', '  - block: goalOverview\n    area: Omsorg och halsa\n'))
    expect(found).toEqual([{ severity: 'error', ruleId: 'unknown-goal-area', message: "no goal has the area 'Omsorg och halsa' – did you mean 'Omsorg och hälsa'?", at: 'Omsorg och halsa' }])
  })

  test('headers for columns the overview does not have', async () => {
    const found = await check((yaml) =>
      replaceOnce(yaml, '  - block: goalOverview\n    headers:\n', '  - block: goalOverview\n    refs: [trygghet]\n    headers:\n      indicator: Nyckeltal\n'))
    expect(found).toEqual([{ severity: 'warning', ruleId: 'header-without-column', message: 'the overview has no indicator column (none of its goals has an indicator), so this heading is not printed', at: 'Nyckeltal' }])
  })

  test("the overview's options on another block", async () => {
    const found = await check((yaml) => replaceOnce(yaml, '  - block: operatingBudget\n', '  - block: operatingBudget\n    area: Ekonomi och organisation\n'))
    expect(found).toEqual([{ severity: 'warning', ruleId: 'option-not-for-block', message: 'area is read by block: goalOverview only; block: operatingBudget ignores it', at: 'Ekonomi och organisation' }])
  })
})
