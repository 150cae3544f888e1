import path from 'node:path'
import { VplanError } from '../diagnostics/index.js'
import { loadPlanFrom } from './load-plan-from.js'
import { PathEscapeError } from './path-escape.js'
import type { LoadedPlan, PlanReader } from './types.js'
import { runGit } from './run-git.js'

/**
 * Loads the plan in `planDir` as it was at git revision `rev`: the same folder, read with
 * `git cat-file` from the revision's tree, nothing checked out, the working copy untouched.
 */
export async function loadPlanAtRevision(rev: string, planDir: string): Promise<LoadedPlan> {
  const git = async (args: string[]): Promise<string> => {
    const result = await runGit(args, planDir)
    if (result.code !== 0) throw new VplanError('usage', `git ${args[0]} failed in ${planDir}: ${result.stderr.trim() || `exit ${result.code}`}`)
    return result.stdout.toString('utf8').trim()
  }
  const prefix = (await git(['rev-parse', '--show-prefix'])).replace(/\/$/, '')
  const commit = await resolveCommit(rev, planDir)
  const reader = createRevisionReader(commit, prefix, planDir)
  const id = path.basename(path.resolve(planDir))
  return loadPlanFrom(`${id}@${rev}`, `${rev}:${prefix || '.'}`, reader)
}

async function resolveCommit(rev: string, cwd: string): Promise<string> {
  // `--end-of-options` keeps a revision such as "--output=x" from being read as an option.
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd)
  if (result.code !== 0) throw new VplanError('usage', `'${rev}' is not a commit in this repository`)
  return result.stdout.toString('utf8').trim()
}

/** A PlanReader over one commit's tree; paths stay inside the plan folder. */
export function createRevisionReader(commit: string, prefix: string, cwd: string): PlanReader {
  return {
    async read(relativePath) {
      const inRepo = path.posix.normalize(path.posix.join(prefix || '.', relativePath.replace(/\\/g, '/')))
      const outside = path.posix.relative(prefix || '.', inRepo)
      if (outside.startsWith('..') || path.posix.isAbsolute(inRepo)) throw new PathEscapeError(relativePath)
      const object = `${commit}:${inRepo}`
      const type = await runGit(['cat-file', '-t', object], cwd)
      if (type.code !== 0 || type.stdout.toString('utf8').trim() !== 'blob') return undefined
      const blob = await runGit(['cat-file', 'blob', object], cwd)
      if (blob.code !== 0) throw new VplanError('environment', `cannot read ${object} from git: ${blob.stderr.trim()}`)
      return blob.stdout
    },
  }
}
