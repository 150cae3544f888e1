import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { PlanReader } from './types.js'
import { FileTooLargeError, NotAFileError, PathEscapeError } from './path-escape.js'
import { MAX_FILE_BYTES } from './limits.js'

const NOT_THERE = new Set(['ENOENT', 'ENOTDIR'])

/**
 * A PlanReader for a folder on disk. Symlinks are followed only while their real path stays
 * inside the folder: the check happens before any byte is read, so a link to /etc/passwd is
 * refused, not read and then discarded. So are files that are not regular files (a FIFO would
 * block the build forever, a device would never end) and files over MAX_FILE_BYTES: their size
 * is known from stat, before reading.
 */
export function createFolderReader(folder: string): PlanReader {
  return {
    async read(relativePath, maxBytes = MAX_FILE_BYTES) {
      const target = await realpathOrUndefined(path.resolve(folder, relativePath))
      if (target === undefined) return undefined
      const root = await realpath(folder)
      if (target !== root && !target.startsWith(root + path.sep)) throw new PathEscapeError(relativePath)
      try {
        const info = await stat(target)
        if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
        if (!info.isFile()) throw new NotAFileError(relativePath)
        if (info.size > maxBytes) throw new FileTooLargeError(relativePath, info.size)
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
