import type { DataPath } from './types.js'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `budget.operating.rows[3].values[1]`: how a path reads in messages (keys that are not identifiers get brackets). */
export function formatDataPath(path: DataPath): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text
}
