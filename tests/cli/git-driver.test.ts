import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { runGitDriver } from '../../src/cli/git-driver.js'
import { VplanError } from '../../src/diagnostics/index.js'
import { PLAIN } from '../../src/diff/index.js'
import { knivstaBase } from '../diff/make-plan.js'

const temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-git-driver-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

describe('git external diff driver', () => {
  it('prints the vplan report for two versions of plan.yaml', async () => {
    const before = path.join(temp, 'old.yaml')
    const after = path.join(temp, 'new.yaml')
    const plan = knivstaBase()
    await writeFile(before, stringify(plan))
    ;(plan.budget!.operating!.rows[3] as { values: number[] }).values[2] = 7000
    await writeFile(after, stringify(plan))
    const output = await runGitDriver(['plans/k/plan.yaml', before, 'abc', '100644', after, 'def', '100644'], PLAIN)
    expect(output).toContain('diff --vplan a/plans/k/plan.yaml b/plans/k/plan.yaml\n')
    expect(output).toContain('Driftsbudget › Färdtjänst och riksfärdtjänst › Nämndbudget 2024: 7\u00a0114 → 7\u00a0000\u00a0tkr (\u2212114, \u22121,6\u00a0%)')
  })

  it('falls back to a unified line diff when a side is not a plan (an added file)', async () => {
    const after = path.join(temp, 'added.yaml')
    await writeFile(after, stringify(knivstaBase()))
    const output = await runGitDriver(['plans/k/plan.yaml', '/dev/null', '.', '.', after, 'def', '100644'], PLAIN)
    expect(output).toMatch(/^={67}\n--- a\/plans\/k\/plan\.yaml\n\+\+\+ b\/plans\/k\/plan\.yaml\n/)
    expect(output).toContain('+meta:')
  })

  it('is a usage error (exit 2), not a crash, when git passes the wrong arguments', async () => {
    const error = await runGitDriver(['plans/k/plan.yaml', '/dev/null'], PLAIN).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).kind).toBe('usage')
    expect((error as VplanError).message).toContain('--git-driver expects the 7 arguments')
    const unreadable = await runGitDriver(['p', path.join(temp, 'gone.yaml'), '.', '.', '/dev/null', '.', '.'], PLAIN).catch((e: unknown) => e)
    expect((unreadable as VplanError).kind).toBe('usage')
    expect((unreadable as VplanError).message).toMatch(/cannot read .*gone\.yaml: ENOENT/)
  })
})
