import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffPlans, renderText, snapshotOf } from '../../src/diff/index.js'
import { loadPlan } from '../../src/load/index.js'
import { CHART_PLAN } from '../support/chart-plan.js'

async function draft(edit: (yaml: string) => string = (yaml) => yaml): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vplan-diff-charts-')), 'knivsta-diagram')
  await cp(CHART_PLAN, dir, { recursive: true })
  const file = path.join(dir, 'plan.yaml')
  await writeFile(file, edit(await readFile(file, 'utf8')))
  return dir
}

const diffOf = async (edit: (yaml: string) => string) => diffPlans(snapshotOf(await loadPlan(await draft())), snapshotOf(await loadPlan(await draft(edit))))

describe('vplan diff and charts', () => {
  it('reports a chart added, removed, and changed in what it shows and how', async () => {
    const diff = await diffOf((yaml) =>
      yaml
        // Removed: the second budget chart. Changed: the first chart's kind and caption. Added: one for a volume row.
        .replace('  - block: chart\n    of: operatingBudget\n    column: KF-budget 2023\n    title: KF-budget 2023 per verksamhet (tkr)\n', '')
        .replace('    of: brukarbedomning-hemtjanst\n', '    of: brukarbedomning-hemtjanst\n    kind: bar\n')
        .replace('caption: "Källa: Kolada (U21468). K = kvinnor, M = män."', 'caption: "Källa: Kolada (U21468)."')
        .replace('  - block: volumes\n', '  - block: volumes\n  - block: chart\n    of: lss-daglig-verksamhet\n    title: Daglig verksamhet LSS, antal brukare totalt\n'),
    )
    const document = diff.changes.filter((change) => change.area === 'document')
    expect(document.map((change) => [change.kind, change.path.slice(1).join(' › ')])).toEqual([
      ['text', '[chart Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)] › kind'],
      ['text', '[chart Brukarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)] › caption'],
      ['removed', '[chart KF-budget 2023 per verksamhet (tkr)]'],
      ['added', '[chart Daglig verksamhet LSS, antal brukare totalt]'],
    ])
    expect(renderText(diff)).toContain('[chart KF-budget 2023 per verksamhet (tkr)]')
  })

  it('shows a change in a chart’s figures as the table change it is', async () => {
    const diff = await diffOf((yaml) => yaml.replace('values: [215, 223, 249, 245, 250]', 'values: [215, 223, 249, 245, 260]'))
    expect(diff.changes.map((change) => [change.area, change.kind])).toEqual([['volumes', 'value']])
  })
})
