import { readFile } from 'node:fs/promises'
import { VplanError } from '../diagnostics/index.js'
import { diffPlanTexts, type Style } from '../diff/index.js'

/**
 * git's external diff driver (`diff.vplan.command`): git passes
 * `path old-file old-hex old-mode new-file new-hex new-mode` for one plan.yaml. Anything else is
 * a usage error (exit 2): the driver was configured wrongly.
 */
export async function runGitDriver(args: readonly string[], style: Style): Promise<string> {
  if (args.length !== 7) throw new VplanError('usage', 'diff: --git-driver expects the 7 arguments git passes to diff.<driver>.command: path old-file old-hex old-mode new-file new-hex new-mode')
  const [name, oldFile, , , newFile] = args as [string, string, string, string, string]
  const [oldText, newText] = await Promise.all([readSide(oldFile), readSide(newFile)])
  return diffPlanTexts(name, oldText, newText, style)
}

/** "/dev/null" is git's name for the missing side of an added or deleted file. */
async function readSide(file: string): Promise<string> {
  if (file === '/dev/null') return ''
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new VplanError('usage', `diff: cannot read ${file}: ${error.code ?? error.message}`)
  })
}
