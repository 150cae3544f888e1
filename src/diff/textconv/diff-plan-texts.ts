import { createTwoFilesPatch } from 'diff'
import { diffPlans } from '../diff-plans.js'
import { renderText } from '../report/render-text.js'
import type { Style } from '../report/style.js'
import { readPlanText } from './read-plan-file.js'

/**
 * What git's external diff driver shows for one plan.yaml (`name`), given both versions' text:
 * git hands over the data without the narrative files, so this compares the data only (the
 * Markdown files get git's own diff). Falls back to a line diff when a side is not a valid plan,
 * so `git diff` always shows something. An empty text is a side that does not exist.
 */
export function diffPlanTexts(name: string, oldText: string, newText: string, style: Style): string {
  const before = readPlanText(oldText)
  const after = readPlanText(newText)
  if (!before || !after) return createTwoFilesPatch(`a/${name}`, `b/${name}`, oldText, newText)
  const diff = diffPlans({ id: `a/${name}`, plan: before, narratives: [] }, { id: `b/${name}`, plan: after, narratives: [] })
  return `${style.heading(`diff --vplan a/${name} b/${name}`)}\n${renderText(diff, style)}`
}
