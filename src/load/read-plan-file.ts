import { MAX_FILE_BYTES } from './limits.js'
import { FileTooLargeError, NotAFileError, PathEscapeError } from './path-escape.js'
import type { PlanReader } from './types.js'

export type FileRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'escape' }
  | { kind: 'too-large'; size: number }
  | { kind: 'unreadable'; reason: string }

/** Asks a reader for one file and sorts the outcomes the loader reports differently. */
export async function readPlanFile(reader: PlanReader, relativePath: string, maxBytes = MAX_FILE_BYTES): Promise<FileRead> {
  try {
    const bytes = await reader.read(relativePath, maxBytes)
    if (bytes === undefined) return { kind: 'missing' }
    // Readers other than the folder reader (a git revision) cannot check the size before reading.
    return bytes.length > maxBytes ? { kind: 'too-large', size: bytes.length } : { kind: 'ok', bytes }
  } catch (error) {
    if (error instanceof PathEscapeError) return { kind: 'escape' }
    if (error instanceof FileTooLargeError) return { kind: 'too-large', size: error.size }
    if (error instanceof NotAFileError) return { kind: 'unreadable', reason: 'it is not a regular file (a pipe, socket or device)' }
    // EISDIR, EACCES and the like: the editor can fix these, so they are diagnostics, not crashes.
    const code = (error as NodeJS.ErrnoException).code ?? ''
    return { kind: 'unreadable', reason: REASONS[code] ?? (code || (error instanceof Error ? error.message : String(error))) }
  }
}

const REASONS: Record<string, string> = {
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
}
