import { link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { VplanError, type Diagnostic } from '../diagnostics/index.js'

/**
 * Writes a file so that readers only ever see the old or the new content: write a temporary
 * file beside it, then rename over it (atomic on one file system). A failure leaves the old file.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  const temp = tempName(file)
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(temp, content)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw writeError(file, error, false)
  }
}

/**
 * Writes a plan's outputs together: every file is written to a temporary name first and only when
 * all of them are complete are they renamed into place, so a failed build leaves the last good
 * set untouched. Before the first rename every target is checked (a folder where out/<id>.pdf
 * should be would otherwise fail the last rename after the first ones succeeded), and should a
 * rename still fail, the files already replaced are put back from hard-linked copies of the old
 * ones. Temporary names carry the process id and random bytes, so two builds writing into the
 * same folder never share one; each rename is atomic, so every file is one build's whole output.
 */
export async function writeAllAtomic(files: readonly { file: string; content: string | Uint8Array }[]): Promise<void> {
  const staged: { temp: string; file: string }[] = []
  let current = files[0]?.file ?? ''
  try {
    for (const { file, content } of files) {
      current = file
      await checkTarget(file)
      await mkdir(path.dirname(file), { recursive: true })
      const temp = tempName(file)
      staged.push({ temp, file })
      await writeFile(temp, content)
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })))
    throw writeError(current, error)
  }
  await renameAll(staged)
}

async function renameAll(staged: readonly { temp: string; file: string }[]): Promise<void> {
  const backups: { backup: string; file: string }[] = []
  const replaced: { backup: string | undefined; file: string }[] = []
  try {
    for (const { temp, file } of staged) {
      const backup = await linkBackup(file)
      if (backup) backups.push({ backup, file })
      await rename(temp, file)
      replaced.push({ backup, file })
    }
  } catch (error) {
    const failed = staged[replaced.length]?.file ?? ''
    // Put back what this build already replaced, newest first; then drop every leftover.
    for (const { backup, file } of replaced.reverse()) {
      await (backup ? rename(backup, file) : rm(file, { force: true })).catch(() => undefined)
    }
    await Promise.all([...staged.map(({ temp }) => rm(temp, { force: true })), ...backups.map(({ backup }) => rm(backup, { force: true }))])
    throw writeError(failed, error)
  }
  await Promise.all(backups.map(({ backup }) => rm(backup, { force: true })))
}

/** A hard link to the current file (if any), so it can be restored; links cost no copy. */
async function linkBackup(file: string): Promise<string | undefined> {
  const backup = tempName(file, 'old')
  try {
    await link(file, backup)
    return backup
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    // No hard links on this file system (some network shares): go on without a way back.
    return undefined
  }
}

/** A target that exists must be a file we can replace: a folder in its place fails here, before anything is renamed. */
async function checkTarget(file: string): Promise<void> {
  const info = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (info?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' })
}

/**
 * Writes a whole folder (a new plan) so that it appears complete or not at all: the files go
 * into a temporary folder beside it, which is then renamed into place. `replace` swaps out an
 * existing folder the same way and removes the old one only once the new one is in place.
 */
export async function writeFolderAtomic(dir: string, files: readonly { path: string; content: string | Uint8Array }[], replace = false): Promise<void> {
  const temp = tempName(dir)
  try {
    for (const file of files) {
      const target = path.join(temp, ...file.path.split('/'))
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, file.content)
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw writeError(dir, error, false)
  }
  const old = replace ? tempName(dir, 'old') : undefined
  try {
    if (old) await rename(dir, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await rename(temp, dir)
  } catch (error) {
    if (old) await rename(old, dir).catch(() => {})
    await rm(temp, { recursive: true, force: true })
    throw writeError(dir, error, false)
  }
  if (old) await rm(old, { recursive: true, force: true })
}

function tempName(file: string, kind = 'tmp'): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`)
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied: the folder is read-only for you',
  EPERM: 'the folder is read-only (operation not permitted)',
  EROFS: 'the folder is on a read-only file system',
  EISDIR: 'a folder is in the way: remove or rename it',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
}

/**
 * An environment problem (exit 2) that names the file and says why in words, with the positioned
 * diagnostic the CLI prints (the position of an output file is its start).
 */
function writeError(file: string, error: unknown, positioned = true): VplanError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const reason = REASONS[code] ? `${REASONS[code]} (${code})` : code || (error as Error).message
  const message = `cannot write ${file}: ${reason}; the previous output is kept`
  const diagnostic: Diagnostic = { file, line: 1, column: 1, severity: 'error', ruleId: 'write-failed', message }
  return new VplanError('environment', message, positioned ? [diagnostic] : [])
}
