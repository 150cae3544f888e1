import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { differences, ensureCompiled, hasStackTrace, snapshot, vplan } from '../hostile/support/cli.js'
import { copyImagePlan } from '../support/image-plan.js'
import { makeBarChartPng } from '../support/make-png.js'

const ID = 'exempelby-sn-2025'
const CHAPTER = `${ID}/kapitel/01-styr-och-ledningsmodell.md`
let good: string
let reference: string

beforeAll(async () => {
  ensureCompiled()
  good = await copyImagePlan()
  reference = path.join(await mkdtemp(path.join(os.tmpdir(), 'vplan-images-out-')), 'out')
  const run = await vplan(['build', good, '--out', reference], { cwd: path.dirname(good) })
  if (run.status !== 0) throw new Error(`the image plan does not build:\n${run.stderr}`)
  expect(run.diagnostics).toEqual([])
}, 180_000)

/** A copy of the good plan, broken by `damage`, built into a copy of the good output. */
async function buildBroken(damage: (dir: string) => Promise<void>) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'vplan-images-bad-'))
  const dir = path.join(work, ID)
  await cp(good, dir, { recursive: true })
  await cp(reference, path.join(work, 'out'), { recursive: true })
  await damage(dir)
  const before = await snapshot(path.join(work, 'out'))
  const run = await vplan(['build', ID, '--out', 'out'], { cwd: work })
  return { run, changed: differences(before, await snapshot(path.join(work, 'out'))), work }
}

const replaceIn = (file: string, from: RegExp | string, to: string) => async (dir: string) => {
  const target = path.join(path.dirname(dir), file)
  await writeFile(target, (await readFile(target, 'utf8')).replace(from, to))
}

describe('vplan build with unsafe images', { timeout: 120_000 }, () => {
  it.each([
    ['a remote image', replaceIn(CHAPTER, 'bilder/process.svg', 'https://example.com/process.svg'), [CHAPTER, 7, 1, 'image-remote']],
    ['a symlink out of the plan', async (dir: string) => {
      await rm(path.join(dir, 'bilder/process.svg'))
      await symlink('/etc/hostname', path.join(dir, 'bilder/process.svg'))
    }, [CHAPTER, 7, 1, 'path-escape']],
    ['a truncated PNG', async (dir: string) => {
      const png = makeBarChartPng(480, 240)
      await writeFile(path.join(dir, 'bilder/stapeldiagram.png'), png.subarray(0, png.length - 100))
    }, [`${ID}/plan.yaml`, 19, 7, 'image-corrupt']],
    ['an SVG bomb', replaceIn(`${ID}/bilder/process.svg`, 'width="640" height="212"', 'width="64000000" height="212"'), [CHAPTER, 7, 1, 'svg-bomb']],
  ])('refuses %s with one positioned error and keeps the previous output byte for byte', async (_what, damage, [file, line, column, ruleId]) => {
    const { run, changed } = await buildBroken(damage as (dir: string) => Promise<void>)
    expect(run.status).toBe(1)
    expect(hasStackTrace(run.stderr)).toBe(false)
    expect(run.diagnostics.map((d) => [d.file, d.line, d.column, d.ruleId])).toEqual([[file, line, column, ruleId]])
    expect(run.stderr).toContain(`${ID}: not built (the previous output is kept)`)
    expect(changed).toEqual([])
  })

  it('builds an SVG with a script and a handler, warning at each line of the SVG, and writes neither', async () => {
    const { run, work } = await buildBroken(
      replaceIn(`${ID}/bilder/process.svg`, '<defs>', '<script>alert(1)</script>\n  <rect width="1" height="1" onclick="alert(2)"/>\n  <defs>'),
    )
    expect(run.status).toBe(0)
    expect(run.diagnostics.map((d) => [d.file, d.line, d.ruleId, d.severity])).toEqual([
      [`${ID}/bilder/process.svg`, 5, 'svg-script', 'warning'],
      [`${ID}/bilder/process.svg`, 6, 'svg-event-handler', 'warning'],
    ])
    const html = await readFile(path.join(work, 'out', `${ID}.html`), 'utf8')
    const svgs = [...html.matchAll(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'))
    expect(svgs.length).toBe(3)
    expect(svgs.join('\n')).not.toMatch(/script|onclick|alert/)
  })
})
