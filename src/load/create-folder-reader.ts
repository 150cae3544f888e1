import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { PlanReader } from './types.js'
import { PathEscapeError } from './path-escape.js'

const NOT_THERE = new Set(['ENOENT', 'ENOTDIR'])

/**
 * A PlanReader for a folder on disk. Symlinks are followed only while their real path stays
 * inside the folder: the check happens before any byte is read, so a link to /etc/passwd is
 * refused, not read and then discarded.
 */
export function createFolderReader(folder: string): PlanReader {
  return {
    async read(relativePath) {
      const target = await realpathOrUndefined(path.resolve(folder, relativePath))
      if (target === undefined) return undefined
      const root = await realpath(folder)
      if (target !== root && !target.startsWith(root + path.sep)) throw new PathEscapeError(relativePath)
      try {
        return await readFile(target)
      } catch (error) {
        if (NOT_THERE.has((error as NodeJS.ErrnoException).code ?? '')) return undefined
        throw error
      }
    },
  }
}

async function realpathOrUndefined(file: string): Promise<string | undefined> {
  try {
    return await realpath(file)
  } catch (error) {
    if (NOT_THERE.has((error as NodeJS.ErrnoException).code ?? '')) return undefined
    throw error
  }
}
