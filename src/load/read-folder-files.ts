import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Every regular file under a folder, by its path inside it (forward slashes, sorted), as bytes.
 * Links and hidden files and folders are left behind, as are the paths in `leaveOut`: a copy
 * (next year's plan, a new template) takes the user's files and nothing that points elsewhere.
 */
export async function readFolderFiles(dir: string, leaveOut: readonly string[] = []): Promise<{ path: string; content: Uint8Array }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !leaveOut.includes(file) && !file.split('/').some((part) => part.startsWith('.')))
    .sort()
  return Promise.all(files.map(async (file) => ({ path: file, content: await readFile(path.join(dir, file)) })))
}
