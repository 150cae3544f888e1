import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { VplanError } from '../../src/diagnostics/index.js'

// The third rename into place fails (a disk that fills up, a file system that goes away).
const failRename = vi.hoisted(() => ({ at: -1, count: 0 }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>()
  const rename = (async (from: string, to: string) => {
    if (!String(from).endsWith('.old') && ++failRename.count === failRename.at) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
    return original.rename(from, to)
  }) as typeof original.rename
  return { ...original, default: { ...original, rename }, rename }
})

const { writeAllAtomic } = await import('../../src/write/write-atomic.js')

describe('writeAllAtomic when a rename fails half-way', () => {
  it('puts back the files it already replaced, removes its temporary files, and says why', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vplan-rollback-'))
    const files = ['plan.md', 'plan.html', 'plan.pdf'].map((name) => path.join(dir, name))
    for (const file of files) await writeFile(file, `förra bygget: ${path.basename(file)}`)
    failRename.count = 0
    failRename.at = 3
    const error = await writeAllAtomic(files.map((file) => ({ file, content: `nytt bygge: ${path.basename(file)}` }))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).kind).toBe('environment')
    expect((error as VplanError).diagnostics[0]).toMatchObject({ file: files[2], line: 1, column: 1, ruleId: 'write-failed' })
    expect((error as VplanError).message).toContain('the disk is full (ENOSPC)')
    for (const file of files) expect(await readFile(file, 'utf8')).toBe(`förra bygget: ${path.basename(file)}`)
    expect((await readdir(dir)).sort()).toEqual(['plan.html', 'plan.md', 'plan.pdf'])
  })

  it('leaves no file behind where there was none before', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vplan-rollback-'))
    failRename.count = 0
    failRename.at = 2
    const files = ['plan.md', 'plan.html'].map((name) => ({ file: path.join(dir, name), content: 'nytt' }))
    await expect(writeAllAtomic(files)).rejects.toThrow(/cannot write/)
    expect(await readdir(dir)).toEqual([])
  })
})
