import path from 'node:path'

/** Paths in messages are relative to the working directory when inside it, so they stay short and clickable. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute)
  if (relative === '') return '.'
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute
  return relative
}
