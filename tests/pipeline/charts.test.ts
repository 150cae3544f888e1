import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { differences, ensureCompiled, hasStackTrace, snapshot, vplan } from '../hostile/support/cli.js'
import { CHART_PLAN } from '../support/chart-plan.js'

/*
 * A chart that cannot be drawn, as an office user meets it: `vplan build` and `vplan check` name
 * the file, line and column of the key in plan.yaml, exit 1 without a stack trace, and the last
 * good output stays as it was.
 */
const ID = 'knivsta-diagram'
let reference: string

beforeAll(async () => {
  ensureCompiled()
  reference = path.join(await mkdtemp(path.join(os.tmpdir(), 'vplan-charts-out-')), 'out')
  const run = await vplan(['build', CHART_PLAN, '--out', reference, '--format', 'html,md'], { cwd: process.cwd() })
  if (run.status !== 0) throw new Error(`the chart plan does not build:\n${run.stderr}`)
}, 180_000)

/** Where `text` stands in the file: 1-based line and column, as diagnostics give it. */
function positionOf(file: string, text: string): [number, number] {
  const before = file.slice(0, file.indexOf(text))
  const lines = before.split('\n')
  return [lines.length, lines[lines.length - 1]!.length + 1]
}

async function buildBroken(from: string, to: string, valueAt: string) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'vplan-charts-bad-'))
  const dir = path.join(work, ID)
  await cp(CHART_PLAN, dir, { recursive: true })
  await cp(reference, path.join(work, 'out'), { recursive: true })
  const yaml = (await readFile(path.join(dir, 'plan.yaml'), 'utf8')).replace(from, to)
  await writeFile(path.join(dir, 'plan.yaml'), yaml)
  const before = await snapshot(path.join(work, 'out'))
  const build = await vplan(['build', ID, '--out', 'out', '--format', 'html,md'], { cwd: work })
  const check = await vplan(['check', ID], { cwd: work })
  return { build, check, changed: differences(before, await snapshot(path.join(work, 'out'))), at: positionOf(yaml, valueAt) }
}

describe('a chart vplan cannot draw', { timeout: 120_000 }, () => {
  it.each([
    ['an of: naming nothing', 'of: hemtjanst-antal-brukare', 'of: hemtjanst-antal-brukarna', 'hemtjanst-antal-brukarna', 'chart-of'],
    ['a kind that does not fit the data', 'of: operatingBudget\n    title: Nämndbudget', 'of: operatingBudget\n    kind: line\n    title: Nämndbudget', 'line\n    title: Nämndbudget', 'chart-kind'],
    ['an unknown kind', 'of: hemtjanst-antal-brukare\n    kind: bar', 'of: hemtjanst-antal-brukare\n    kind: pie', 'pie', 'invalid-value'],
  ])('refuses %s with one positioned error, in build and check alike, keeping the output', async (_what, from, to, valueAt, ruleId) => {
    const { build, check, changed, at } = await buildBroken(from, to, valueAt)
    for (const run of [build, check]) {
      expect(run.status).toBe(1)
      expect(hasStackTrace(run.stderr)).toBe(false)
      expect(run.diagnostics.map((d) => [d.file, d.line, d.column, d.ruleId])).toEqual([[`${ID}/plan.yaml`, ...at, ruleId]])
    }
    expect(changed).toEqual([])
  })
})
