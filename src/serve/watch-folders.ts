import { watch, type FSWatcher } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

export interface FolderWatcher {
  /** Watches exactly these folders (and their subfolders) from now on. */
  update(roots: readonly string[]): Promise<void>
  close(): void
}

/**
 * Watches folder trees and calls `onChange` with the absolute path of each changed file.
 * One non-recursive watcher per folder rather than `recursive: true`, which Node 20 offers on
 * Linux only as an emulation in JavaScript; this way behaves the same on every platform. Folders
 * are watched, never single files: that is what survives editors that save by writing a new file
 * and renaming it over the old one (a watched file would be the replaced one).
 */
export function watchFolders(onChange: (file: string) => void, onError: (error: Error) => void = () => {}): FolderWatcher {
  const watchers = new Map<string, FSWatcher>()
  let roots: readonly string[] = []
  let closed = false

  const add = async (dir: string): Promise<void> => {
    if (closed || watchers.has(dir)) return
    let watcher: FSWatcher
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        const file = name ? path.join(dir, name.toString()) : dir
        if (name && isEditorNoise(name.toString())) return
        onChange(file)
        if (name) void rewatchIfFolder(file)
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(error as Error)
      return
    }
    watcher.on('error', () => remove(dir)) // the folder was deleted
    watchers.set(dir, watcher)
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.isDirectory() && !isEditorNoise(entry.name) && entry.name !== 'node_modules') await add(path.join(dir, entry.name))
    }
  }

  // A subfolder that was created, or deleted and created again (a git checkout), needs a fresh watcher.
  const rewatchIfFolder = async (file: string) => {
    const isFolder = await stat(file).then((s) => s.isDirectory(), () => false)
    if (!isFolder) return
    remove(file)
    await add(file)
  }

  const remove = (dir: string) => {
    watchers.get(dir)?.close()
    watchers.delete(dir)
  }

  return {
    async update(next) {
      const wanted = next.map((dir) => path.resolve(dir))
      if (sameList(wanted, roots)) return
      roots = wanted
      const inside = (dir: string) => wanted.some((root) => dir === root || dir.startsWith(root + path.sep))
      for (const dir of [...watchers.keys()]) if (!inside(dir)) remove(dir)
      for (const root of wanted) await add(root)
    },
    close() {
      closed = true
      for (const dir of [...watchers.keys()]) remove(dir)
    },
  }
}

/** Swap files, backups and the temporary names of atomic saves (vim's 4913, .#lock files). */
export function isEditorNoise(name: string): boolean {
  const base = path.basename(name)
  return base.startsWith('.') || base.endsWith('~') || /\.(swp|swx|swo|tmp|bak)$/i.test(base) || /^\d+$/.test(base)
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}
