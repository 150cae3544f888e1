import path from 'node:path'

/** Thrown by a PlanReader that finds a path leading outside the plan folder (e.g. through a symlink). */
export class PathEscapeError extends Error {
  constructor(readonly relativePath: string) {
    super(`'${relativePath}' leads outside the plan folder`)
    this.name = 'PathEscapeError'
  }
}

/**
 * True when a reference written in plan.yaml could leave the plan folder by its spelling alone:
 * absolute (POSIX or Windows), or with a `..` segment. Backslashes count as separators so a plan
 * written on Windows is judged the same everywhere. NUL cannot be part of a file name.
 */
export function escapesByName(reference: string): boolean {
  if (reference.includes('\0')) return true
  if (path.posix.isAbsolute(reference) || path.win32.isAbsolute(reference)) return true
  return reference.split(/[\\/]+/).includes('..')
}

/** Thrown by a PlanReader for a file larger than the loader reads (see limits.ts). */
export class FileTooLargeError extends Error {
  constructor(readonly relativePath: string, readonly size: number) {
    super(`'${relativePath}' is too large (${size} bytes)`)
    this.name = 'FileTooLargeError'
  }
}

/** Thrown by a PlanReader for a path that is a FIFO, socket or device rather than a file. */
export class NotAFileError extends Error {
  constructor(readonly relativePath: string) {
    super(`'${relativePath}' is not a regular file`)
    this.name = 'NotAFileError'
  }
}
