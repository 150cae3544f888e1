import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startPreview, type Preview } from '../../src/serve/index.js'
import { copyImagePlan } from '../support/image-plan.js'
import { makeBarChartPng } from '../support/make-png.js'

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url))
let preview: Preview
let dir: string

beforeAll(async () => {
  dir = await copyImagePlan()
  preview = await startPreview({ planDir: dir, port: 0, templateRoots: [TEMPLATES], pdfThread: false, debounceMs: 100 })
}, 60_000)

afterAll(async () => {
  await preview?.close()
})

/** Waits until the preview has built a version after `version`. */
async function nextVersion(version: number): Promise<void> {
  for (let i = 0; i < 200 && preview.state.version === version; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  await preview.idle()
}

test('vplan serve rebuilds when an image file changes, and shows a broken one as a problem over the last good page', { timeout: 60_000 }, async () => {
  expect(preview.state.html).toContain('width="480" height="240"')
  const version = preview.state.version
  await writeFile(path.join(dir, 'bilder', 'stapeldiagram.png'), makeBarChartPng(300, 150))
  await nextVersion(version)
  expect(preview.state.version).toBe(version + 1)
  expect(preview.state.html).toContain('width="300" height="150"')

  await writeFile(path.join(dir, 'bilder', 'stapeldiagram.png'), 'inte en bild')
  for (let i = 0; i < 200 && preview.state.problems.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  expect(preview.state.problems.map((d) => [path.basename(d.file), d.ruleId])).toEqual([['plan.yaml', 'image-format']])
  expect(preview.state.html).toContain('width="300" height="150"')
})
