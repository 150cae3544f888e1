import { execFileSync, spawnSync } from 'node:child_process'
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BASE = path.join(ROOT, 'tests/fixtures/diff/base/knivsta-sn-2024')
const BIN = path.join(ROOT, 'bin/vplan.js')
let temp = ''

function vplan(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, 'diff', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function git(args: string[], cwd: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.invalid' }
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' })
}

async function copyPlan(name: string, edit?: (yaml: string) => string): Promise<string> {
  const dir = path.join(temp, name)
  await cp(BASE, dir, { recursive: true })
  if (edit) await writeFile(path.join(dir, 'plan.yaml'), edit(await readFile(path.join(dir, 'plan.yaml'), 'utf8')))
  return dir
}

const raiseLov = (yaml: string) => yaml.replace('values: [40346, 35923, 36414]', 'values: [40346, 35923, 37414]')

beforeAll(async () => {
  // Other parts of the tree may not type-check yet; tsc still emits, which is all the CLI needs.
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' })
  } catch {
    // type errors elsewhere; dist/ is written anyway
  }
  temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-diff-cli-'))
}, 120_000)

afterAll(() => rm(temp, { recursive: true, force: true }))

// Each case starts node a few times; on a busy 2-core machine that takes seconds.
describe('vplan diff (compiled CLI)', { timeout: 60_000 }, () => {
  it('exits 0 and prints only the summary for equal drafts', async () => {
    const result = vplan([BASE, await copyPlan('same')])
    expect(result).toMatchObject({ status: 0, stderr: '' })
    expect(result.stdout).toBe('vplan diff knivsta-sn-2024 (2023-12-01) → same (2023-12-01)\nInga ändringar.\n')
  })

  it('exits 1 and prints the changes when the drafts differ', async () => {
    const result = vplan([BASE, await copyPlan('raised', raiseLov)])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('Driftsbudget › LOV - hemtjänst och delegerad HSL › Nämndbudget 2024: 36\u00a0414 → 37\u00a0414\u00a0tkr (+1\u00a0000, +2,7\u00a0%)')
  })

  it('writes JSON and HTML reports atomically with --out', async () => {
    const after = await copyPlan('raised-out', raiseLov)
    const json = path.join(temp, 'reports', 'diff.json')
    expect(vplan([BASE, after, '--format', 'json', '--out', json]).status).toBe(1)
    expect(JSON.parse(await readFile(json, 'utf8'))).toMatchObject({ version: 1, equal: false })
    const html = path.join(temp, 'reports', 'diff.html')
    expect(vplan([BASE, after, '--format=html', `--out=${html}`]).status).toBe(1)
    expect(await readFile(html, 'utf8')).toMatch(/^<!doctype html><html lang="sv">/)
    expect((await readdir(path.join(temp, 'reports'))).sort()).toEqual(['diff.html', 'diff.json'])
  })

  it('exits 2 on usage errors', () => {
    expect(vplan([BASE]).status).toBe(2)
    expect(vplan([BASE, BASE, '--format', 'pdf']).stderr).toContain("unknown --format 'pdf'")
    expect(vplan([BASE, BASE, '--bogus']).status).toBe(2)
  })

  it('exits 2 with positioned diagnostics when a draft is broken: trouble, not a difference', async () => {
    const broken = await copyPlan('broken', (yaml) => yaml.replace('  board: Socialnämnden\n', '  board: Socialnämnden\n  boardd: x\n'))
    const result = vplan([BASE, broken])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/broken\/plan\.yaml:\d+:\d+: error: .+ \[[a-z-]+\]/)
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })

  it('compares the working copy with a git revision, reading files from git', async () => {
    const repo = path.join(temp, 'repo')
    await cp(BASE, path.join(repo, 'plans', 'knivsta-sn-2024'), { recursive: true })
    git(['init', '-q'], repo)
    git(['add', '.'], repo)
    git(['commit', '-q', '-m', 'plan'], repo)
    const planFile = path.join(repo, 'plans', 'knivsta-sn-2024', 'plan.yaml')
    await writeFile(planFile, raiseLov(await readFile(planFile, 'utf8')))
    const chapter = path.join(repo, 'plans', 'knivsta-sn-2024', 'kapitel', '03-verksamhetsforutsattningar.md')
    await writeFile(chapter, (await readFile(chapter, 'utf8')).replace('kommer att fortsätta', 'ska fortsätta'))

    const fromRoot = vplan(['--git', 'HEAD', 'plans/knivsta-sn-2024'], repo)
    expect(fromRoot.stderr).toBe('')
    expect(fromRoot.status).toBe(1)
    expect(fromRoot.stdout).toContain('knivsta-sn-2024@HEAD (2023-12-01) → knivsta-sn-2024 (2023-12-01)')
    expect(fromRoot.stdout).toContain('Nämndbudget 2024: 36\u00a0414 → 37\u00a0414\u00a0tkr')
    expect(fromRoot.stdout).toContain('[-kommer-]{+ska+} [-att -]fortsätta')
    // From inside the plan folder, the folder defaults to "."; nothing was checked out.
    expect(vplan(['--git', 'HEAD'], path.dirname(planFile)).status).toBe(1)
    expect(git(['status', '--porcelain'], repo)).toContain(' M plans/knivsta-sn-2024/plan.yaml')
    expect(vplan(['--git', 'no-such-rev'], path.dirname(planFile))).toMatchObject({ status: 2, stderr: expect.stringContaining("'no-such-rev' is not a commit") })
  })

  it('works as git textconv and as git external diff driver for plan.yaml', async () => {
    const repo = path.join(temp, 'driver')
    await cp(BASE, path.join(repo, 'plans', 'k'), { recursive: true })
    git(['init', '-q'], repo)
    await writeFile(path.join(repo, '.gitattributes'), 'plans/**/plan.yaml diff=vplan\n')
    git(['add', '.'], repo)
    git(['commit', '-q', '-m', 'plan'], repo)
    const planFile = path.join(repo, 'plans', 'k', 'plan.yaml')
    await writeFile(planFile, raiseLov(await readFile(planFile, 'utf8')))
    const command = `${process.execPath} ${BIN} diff`

    git(['config', 'diff.vplan.textconv', `${command} --textconv`], repo)
    const textconv = git(['diff', '--no-color', '--no-ext-diff'], repo)
    // One fact per line, plain spaces (a textconv listing is for git's line diff, not for print).
    expect(textconv).toContain('-Driftsbudget › Vård och omsorg enligt SoL och HSL › LOV - hemtjänst och delegerad HSL › Nämndbudget 2024: 36 414 tkr\n')
    expect(textconv).toContain('+Driftsbudget › Vård och omsorg enligt SoL och HSL › LOV - hemtjänst och delegerad HSL › Nämndbudget 2024: 37 414 tkr\n')
    expect(textconv).toContain('+Driftsbudget › Summa › Nämndbudget 2024: 361 999 tkr\n')

    git(['config', 'diff.vplan.command', `${command} --git-driver`], repo)
    const driver = git(['diff', '--no-color'], repo)
    expect(driver).toContain('diff --vplan a/plans/k/plan.yaml b/plans/k/plan.yaml')
    expect(driver).toContain('Driftsbudget › LOV - hemtjänst och delegerad HSL › Nämndbudget 2024: 36\u00a0414 → 37\u00a0414\u00a0tkr (+1\u00a0000, +2,7\u00a0%)')
  })
})
