import { readFile } from 'node:fs/promises'
import { createTwoFilesPatch } from 'diff'
import { diffPlans } from '../diff-plans.js'
import { renderText } from '../render/render-text.js'
import type { Style } from '../render/style.js'
import { readPlanText } from './read-plan-file.js'

/**
 * git's external diff driver (`diff.vplan.command`): git passes
 * `path old-file old-hex old-mode new-file new-hex new-mode` for one plan.yaml, without the
 * narrative files, so this compares the data only (the Markdown files get git's own diff).
 * Falls back to a line diff when a side is not a valid plan, so `git diff` always shows something.
 */
export async function runGitDriver(args: readonly string[], style: Style): Promise<string> {
  const [name, oldFile, , , newFile] = args
  if (name === undefined || oldFile === undefined || newFile === undefined) {
    throw new Error('expects: path old-file old-hex old-mode new-file new-hex new-mode')
  }
  const [oldText, newText] = await Promise.all([readSide(oldFile), readSide(newFile)])
  const before = readPlanText(oldText)
  const after = readPlanText(newText)
  if (!before || !after) return createTwoFilesPatch(`a/${name}`, `b/${name}`, oldText, newText)
  const diff = diffPlans({ id: `a/${name}`, plan: before, narratives: [] }, { id: `b/${name}`, plan: after, narratives: [] })
  return `${style.heading(`diff --vplan a/${name} b/${name}`)}\n${renderText(diff, style)}`
}

/** "/dev/null" is git's name for the missing side of an added or deleted file. */
async function readSide(file: string): Promise<string> {
  return file === '/dev/null' ? '' : readFile(file, 'utf8')
}
