import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { VplanError } from '../diagnostics/index.js'

/**
 * The plan folders a command works on (absolute paths): the ones given, in the order given, or by
 * default every folder under plans/ that holds a plan.yaml, sorted by name so output is stable.
 */
export async function findPlanDirs(args: string[], cwd = process.cwd()): Promise<string[]> {
  if (args.length > 0) {
    const dirs: string[] = []
    for (const arg of args) {
      const dir = path.resolve(cwd, arg)
      if (!(await isFile(path.join(dir, 'plan.yaml')))) {
        throw new VplanError('usage', `${arg}: not a plan folder (no plan.yaml in it)`)
      }
      if (!dirs.includes(dir)) dirs.push(dir)
    }
    return dirs
  }
  const plans = path.join(cwd, 'plans')
  const entries = await readdir(plans, { withFileTypes: true }).catch(() => [])
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  const dirs: string[] = []
  for (const name of names) {
    if (await isFile(path.join(plans, name, 'plan.yaml'))) dirs.push(path.join(plans, name))
  }
  if (dirs.length === 0) {
    throw new VplanError('usage', 'no plans found: give a plan folder (PLAN_DIR) or run in a folder whose plans/<id>/ hold a plan.yaml')
  }
  return dirs
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false)
}
