import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureCompiled, ROOT, snapshot, vplan } from '../hostile/support/cli.js'

/**
 * Two `vplan build` processes writing the same out folder at once (an editor's save-triggered
 * build and a manual one, or two CI jobs on one checkout). Each output is written to a temporary
 * name and renamed into place, so whichever build finishes last, every file is one build's whole
 * output: never truncated, never two builds mixed. A reader polling the folder during the race
 * must only ever see a complete file (or none yet).
 */
const ID = 'knivsta-sn-2024'
const ROUNDS = 3
let work: string
let plan: string
let reference: Map<string, Buffer | null>

beforeAll(async () => {
  ensureCompiled()
  work = await mkdtemp(path.join(os.tmpdir(), 'vplan-race-'))
  plan = path.join(work, ID)
  await cp(path.join(ROOT, 'tests/fixtures/bad/valid'), plan, { recursive: true })
  await rm(path.join(plan, 'expected.json'))
  const run = await vplan(['build', '.', '--out', '../reference'], { cwd: plan })
  if (run.status !== 0) throw new Error(run.stderr)
  // The outputs; the build record in .vplan/ names the output folder, so it is checked on its own.
  reference = new Map([...(await snapshot(path.join(work, 'reference')))].filter(([name]) => !name.startsWith('.vplan/')))
}, 180_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('two builds into one out folder', () => {
  it(`never leave a truncated or mixed file (${ROUNDS} rounds)`, async () => {
    expect([...reference.keys()].sort()).toEqual([`${ID}.html`, `${ID}.md`, `${ID}.pdf`])
    for (let round = 0; round < ROUNDS; round++) {
      const out = path.join(work, `shared-${round}`)
      const seen: string[] = []
      let racing = true
      // A reader, as a web server or the PDF viewer would be, looking while both builds write.
      const reader = (async () => {
        while (racing) {
          for (const [name, bytes] of reference) {
            const current = await readFile(path.join(out, name)).catch(() => undefined)
            if (current && !current.equals(bytes!)) seen.push(`${name}: ${current.length} bytes, expected ${bytes!.length}`)
          }
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
      })()
      const runs = await Promise.all([1, 2].map(() => vplan(['build', '.', '--out', path.relative(plan, out)], { cwd: plan, timeoutMs: 150_000 })))
      racing = false
      await reader
      for (const run of runs) expect(run.status, run.stderr).toBe(0)
      expect(seen).toEqual([])
      const after = await snapshot(out)
      // No temporary file left, and one build's whole record beside the outputs.
      expect([...after.keys()].sort()).toEqual([...reference.keys(), '.vplan/', `.vplan/${ID}.json`].sort())
      expect(JSON.parse(after.get(`.vplan/${ID}.json`)!.toString('utf8'))).toMatchObject({ outputs: { [`${ID}.pdf`]: expect.any(String) } })
      for (const [name, bytes] of reference) expect(after.get(name)!.equals(bytes!), name).toBe(true)
      expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual(['.vplan'])
    }
  }, 600_000)
})
