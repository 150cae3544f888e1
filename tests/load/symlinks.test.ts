import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadPlan } from '../../src/load/index.js'
import { copyFixture, diagnosticsOf, relativeTo } from './helpers.js'

// Record every file the loader reads, to show that an escaping link is never opened.
const reads = vi.hoisted(() => [] as string[])
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>()
  const readFile = (async (file: unknown, ...rest: unknown[]) => {
    reads.push(String(file))
    return (original.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest)
  }) as typeof original.readFile
  return { ...original, default: { ...original, readFile }, readFile }
})

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

async function replaceChapter(dir: string, reference: string): Promise<void> {
  const plan = path.join(dir, 'plan.yaml')
  await writeFile(plan, (await readFile(plan, 'utf8')).replace(CHAPTER, reference))
}

async function outsideSecret(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vplan-outside-'))
  const file = path.join(dir, 'hemligt.md')
  await writeFile(file, '# Inte en del av planen\n')
  return file
}

describe('symlinks in a plan folder', () => {
  beforeEach(() => void reads.splice(0))

  it('refuses a Markdown link whose real path is outside the plan folder, without reading it', async () => {
    const dir = await copyFixture('valid-minimal')
    const secret = await outsideSecret()
    await symlink(secret, path.join(dir, 'kapitel', 'lankad.md'))
    await replaceChapter(dir, 'kapitel/lankad.md')
    const diagnostics = relativeTo(dir, await diagnosticsOf(dir))
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'plan.yaml', line: 11, column: 11, ruleId: 'path-escape' })])
    expect(reads.some((file) => file.includes('hemligt'))).toBe(false)
  })

  it('refuses a linked folder that leads outside', async () => {
    const dir = await copyFixture('valid-minimal')
    const secret = await outsideSecret()
    await symlink(path.dirname(secret), path.join(dir, 'utanfor'))
    await replaceChapter(dir, 'utanfor/hemligt.md')
    const diagnostics = relativeTo(dir, await diagnosticsOf(dir))
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['path-escape'])
    expect(reads.some((file) => file.includes('hemligt'))).toBe(false)
  })

  it('refuses a plan.yaml that is itself a link to outside', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'vplan-outside-'))
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vplan-plan-')), 'lankad-plan')
    await mkdir(dir)
    await writeFile(path.join(outside, 'plan.yaml'), 'meta: {}\n')
    await symlink(path.join(outside, 'plan.yaml'), path.join(dir, 'plan.yaml'))
    const diagnostics = relativeTo(dir, await diagnosticsOf(dir))
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'plan.yaml', line: 1, column: 1, ruleId: 'path-escape' })])
    expect(reads.some((file) => file.startsWith(outside))).toBe(false)
  })

  it('follows links that stay inside the plan folder', async () => {
    const dir = await copyFixture('valid-minimal')
    await symlink('01-styr-och-ledningsmodell.md', path.join(dir, 'kapitel', 'alias.md'))
    await replaceChapter(dir, 'kapitel/alias.md')
    const loaded = await loadPlan(dir)
    expect(loaded.narratives.get('kapitel/alias.md')!.text).toContain('Styr- och ledningsmodell')
    // The recorder sees reads that do happen, so its silence in the tests above means something.
    expect(reads.some((file) => file.endsWith('01-styr-och-ledningsmodell.md'))).toBe(true)
  })
})
