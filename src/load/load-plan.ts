import path from 'node:path'
import { createFolderReader } from './create-folder-reader.js'
import { displayPath } from './display-path.js'
import { loadPlanFrom } from './load-plan-from.js'
import type { LoadedPlan, LoadOptions } from './types.js'

/** Loads `<dir>/plan.yaml` and its Markdown files from disk; the folder's name is the plan's id. */
export async function loadPlan(dir: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  const absolute = path.resolve(dir)
  const loaded = await loadPlanFrom(path.basename(absolute), displayPath(absolute), createFolderReader(absolute), options)
  return { ...loaded, dir: absolute }
}
