import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlan } from '../../src/load/index.js'
import { copyFixture, diagnosticsOf, relativeTo } from './helpers.js'

// Odd bytes are written here rather than committed: editors and git tools "fix" such files.
const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

async function withPlanBytes(bytes: Buffer) {
  const dir = await copyFixture('valid-minimal')
  await writeFile(path.join(dir, 'plan.yaml'), bytes)
  return { dir, diagnostics: relativeTo(dir, await diagnosticsOf(dir)) }
}

describe('files that are not UTF-8 text', () => {
  it('points at the first byte of a Windows-1252 plan.yaml', async () => {
    const text = 'meta:\n  municipality: Knivsta kommun\n  board: Socialnämnden\n'
    const latin1 = Buffer.from(text, 'latin1')
    const { diagnostics } = await withPlanBytes(latin1)
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'plan.yaml', line: 3, column: 17, ruleId: 'not-utf8', severity: 'error' }),
    ])
    expect(diagnostics[0]!.message).toContain('0xE4')
  })

  it('points at the bad byte of a narrative Markdown file', async () => {
    const dir = await copyFixture('valid-minimal')
    const text = '# Styr- och ledningsmodell\n\nInriktningsmålen anger vad som är prioriterat.\n'
    await writeFile(path.join(dir, CHAPTER), Buffer.from(text, 'latin1'))
    const diagnostics = relativeTo(dir, await diagnosticsOf(dir))
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: CHAPTER, line: 3, column: 13, ruleId: 'not-utf8' }),
    ])
  })

  it('counts the column in characters when multibyte text precedes the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('meta:\n  board: Nämnd för '), Buffer.from([0xf6]), Buffer.from('vrigt\n')])
    const { diagnostics } = await withPlanBytes(bytes)
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 20, ruleId: 'not-utf8' })
  })

  it('rejects a binary plan.yaml (NUL bytes) before trying to parse it', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01])])
    const { diagnostics } = await withPlanBytes(pdf)
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'plan.yaml', line: 3, column: 1, ruleId: 'binary-file' })])
  })

  it('rejects a binary narrative file', async () => {
    const dir = await copyFixture('valid-minimal')
    await writeFile(path.join(dir, CHAPTER), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    const diagnostics = relativeTo(dir, await diagnosticsOf(dir))
    expect(diagnostics).toEqual([expect.objectContaining({ file: CHAPTER, line: 1, column: 5, ruleId: 'binary-file' })])
  })

  it('strips a UTF-8 byte order mark silently, in plan.yaml and in Markdown', async () => {
    const dir = await copyFixture('valid-minimal')
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    for (const file of ['plan.yaml', CHAPTER]) {
      await writeFile(path.join(dir, file), Buffer.concat([bom, await readFile(path.join(dir, file))]))
    }
    const loaded = await loadPlan(dir)
    expect(loaded.warnings).toEqual([])
    expect(loaded.narratives.get(CHAPTER)!.text.startsWith('# Styr')).toBe(true)
    expect(loaded.locate(['meta'])).toEqual({ line: 4, column: 3 })
  })
})
