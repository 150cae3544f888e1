import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { isEditorNoise, watchFolders, type FolderWatcher } from '../../src/serve/watch-folders.js'

let dir: string
let watcher: FolderWatcher | undefined
let seen: string[]
let notify: () => void = () => {}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vplan-watch-'))
  await mkdir(path.join(dir, 'kapitel'))
  await writeFile(path.join(dir, 'kapitel', 'a.md'), 'a')
  seen = []
  watcher = watchFolders((file) => {
    seen.push(file)
    notify()
  })
  await watcher.update([dir])
})

afterEach(async () => {
  watcher?.close()
  await rm(dir, { recursive: true, force: true })
})

/** Resolves once `file` has been reported; fails after two seconds. */
function reported(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} not reported; saw ${JSON.stringify(seen)}`)), 2000)
    notify = () => {
      if (!seen.includes(file)) return
      clearTimeout(timer)
      resolve()
    }
    notify()
  })
}

test('reports a file written in a subfolder', async () => {
  const file = path.join(dir, 'kapitel', 'a.md')
  const done = reported(file)
  await writeFile(file, 'changed')
  await done
})

test('reports a save by rename (write a temporary file, rename it over the old one), but not the temporary name', async () => {
  const file = path.join(dir, 'kapitel', 'a.md')
  const done = reported(file)
  await writeFile(path.join(dir, 'kapitel', '.a.md.swp'), 'new')
  await rename(path.join(dir, 'kapitel', '.a.md.swp'), file)
  await done
  expect(seen.filter((f) => isEditorNoise(f))).toEqual([])
})

test('watches a folder created after it started', async () => {
  await mkdir(path.join(dir, 'bilagor'))
  await reported(path.join(dir, 'bilagor'))
  // The new folder gets its watcher asynchronously; keep writing until its file is reported.
  const file = path.join(dir, 'bilagor', 'b.md')
  const done = reported(file)
  for (let i = 0; i < 20 && !seen.includes(file); i++) {
    await writeFile(file, `b${i}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await done
})

test('swap files and backups are editor noise; plan files are not', () => {
  expect(['.plan.yaml.swp', 'plan.yaml~', '4913', '.#plan.yaml', 'x.tmp'].every(isEditorNoise)).toBe(true)
  expect(['plan.yaml', '01-sammanfattning.md', 'style.css', 'goal.hbs'].some(isEditorNoise)).toBe(false)
})
