import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The edits of a fixture case (tests/fixtures/diff/<case>/case.json), applied to a copy of a
 * real plan. Each edit must apply exactly as often as it says, so a fixture that no longer fits
 * its plan fails loudly instead of testing nothing.
 */
export type Edit =
  | { file: string; replace: string; with: string }
  | { file: string; pattern: string; flags?: string; with: string; count: number }
  | { file: string; move: string; before: string }
  | { file: string; transform: 'rewrite-every-third-word' }

export interface FixtureCase {
  description: string
  plan: string
  edits: Edit[]
  /** Counts of change kinds the diff must report (checked apart from the expected files). */
  expectKinds?: Record<string, number>
  /** A work bound for this case; with expectDegraded, the bound must have been hit. */
  limit?: number
  expectDegraded?: boolean
}

export async function applyEdits(dir: string, edits: readonly Edit[]): Promise<void> {
  for (const edit of edits) {
    const file = path.join(dir, edit.file)
    const text = await readFile(file, 'utf8')
    await writeFile(file, applyEdit(text, edit))
  }
}

function applyEdit(text: string, edit: Edit): string {
  if ('replace' in edit) {
    const count = text.split(edit.replace).length - 1
    if (count !== 1) throw new Error(`${edit.file}: "${edit.replace.slice(0, 60)}" occurs ${count} times, expected once`)
    return text.replace(edit.replace, () => edit.with)
  }
  if ('pattern' in edit) {
    const pattern = new RegExp(edit.pattern, edit.flags ?? 'g')
    const count = text.match(pattern)?.length ?? 0
    if (count !== edit.count) throw new Error(`${edit.file}: /${edit.pattern}/ matches ${count} times, expected ${edit.count}`)
    return text.replace(pattern, edit.with)
  }
  if ('move' in edit) return moveSection(text, edit.move, edit.before)
  // A heavy rewrite that keeps the structure: every third word of every paragraph in capitals.
  return text
    .split('\n')
    .map((line) => (line.startsWith('#') ? line : line.split(' ').map((word, i) => (i % 3 === 2 ? word.toLocaleUpperCase('sv-SE') : word)).join(' ')))
    .join('\n')
}

/** Cuts the section from `heading` to the next heading of the same or a higher level and puts it before `before`. */
function moveSection(text: string, heading: string, before: string): string {
  const lines = text.split('\n')
  const start = lines.indexOf(heading)
  if (start === -1 || !lines.includes(before)) throw new Error(`cannot move "${heading}" before "${before}"`)
  const level = heading.match(/^#+/)?.[0].length ?? 0
  let end = start + 1
  while (end < lines.length && !(lines[end]!.match(/^#+ /) && (lines[end]!.match(/^#+/)?.[0].length ?? 0) <= level)) end++
  const section = lines.splice(start, end - start)
  lines.splice(lines.indexOf(before), 0, ...section)
  return lines.join('\n')
}
