import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { VplanError } from '../diagnostics/index.js'

/**
 * Writes a file so that readers only ever see the old or the new content: write a temporary
 * file beside it, then rename over it (atomic on one file system). A failure leaves the old file.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(temp, content)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new VplanError('environment', `cannot write ${file}: ${reason}`)
  }
}

/**
 * Writes a plan's outputs together: every file is written to a temporary name first and only when
 * all of them are complete are they renamed into place, so a failed build leaves the last good
 * set untouched.
 */
export async function writeAllAtomic(files: readonly { file: string; content: string | Uint8Array }[]): Promise<void> {
  const staged: { temp: string; file: string }[] = []
  try {
    for (const { file, content } of files) {
      const dir = path.dirname(file)
      await mkdir(dir, { recursive: true })
      const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
      staged.push({ temp, file })
      await writeFile(temp, content)
    }
    for (const { temp, file } of staged) await rename(temp, file)
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })))
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new VplanError('environment', `cannot write ${staged.at(-1)?.file ?? files[0]?.file}: ${reason}`)
  }
}
