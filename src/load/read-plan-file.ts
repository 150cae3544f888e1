import { PathEscapeError } from './path-escape.js'
import type { PlanReader } from './types.js'

export type FileRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'escape' }
  | { kind: 'unreadable'; reason: string }

/** Asks a reader for one file and sorts the outcomes the loader reports differently. */
export async function readPlanFile(reader: PlanReader, relativePath: string): Promise<FileRead> {
  try {
    const bytes = await reader.read(relativePath)
    return bytes === undefined ? { kind: 'missing' } : { kind: 'ok', bytes }
  } catch (error) {
    if (error instanceof PathEscapeError) return { kind: 'escape' }
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
