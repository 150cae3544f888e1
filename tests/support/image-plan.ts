import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { buildPlan, type Format } from '../../src/pipeline/build-plan.js'
import { makeBarChartPng } from './make-png.js'

export const IMAGE_PLAN = fileURLToPath(new URL('../fixtures/images/plan/', import.meta.url))

/** The PNG the image plan shows, 480 × 240 pixels, made by code. */
export const BAR_CHART = { width: 480, height: 240 }

/**
 * A fresh copy of the image plan (tests/fixtures/images/plan) in a temp folder, with its PNG
 * made there, so tests can also break its files. Returns the plan folder.
 */
export async function copyImagePlan(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vplan-images-')), 'exempelby-sn-2025')
  await cp(IMAGE_PLAN, dir, { recursive: true })
  await writeFile(path.join(dir, 'bilder', 'stapeldiagram.png'), makeBarChartPng(BAR_CHART.width, BAR_CHART.height))
  return dir
}

/** Loads and builds a plan folder in-process, as `vplan build` does. */
export async function buildFolder(dir: string, formats: readonly Format[] = ['pdf', 'html', 'md']) {
  const loaded = await loadPlan(dir)
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const result = await buildPlan({ loaded, templates, formats, composedFile: 'out/exempelby-sn-2025.md' })
  return { loaded, templates, ...result }
}
