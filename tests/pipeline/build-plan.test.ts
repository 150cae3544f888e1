import { describe, expect, it, vi } from 'vitest'
import { buildSeedPlan } from '../support/build-seed.js'

vi.mock('../../src/document/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/document/index.js')>()
  return { ...original, parseDocument: vi.fn(original.parseDocument) }
})
const { parseDocument } = await import('../../src/document/index.js')

describe('buildPlan', () => {
  it('gives a Markdown-only build the same Markdown as a full build, without parsing it', async () => {
    const full = await buildSeedPlan('danderyd-sn-2024', ['html', 'md'])
    expect(parseDocument).toHaveBeenCalledTimes(1)
    vi.mocked(parseDocument).mockClear()
    const mdOnly = await buildSeedPlan('danderyd-sn-2024', ['md'])
    expect(parseDocument).not.toHaveBeenCalled()
    expect(mdOnly.outputs.md).toBe(full.outputs.md)
    expect(Object.keys(mdOnly.outputs)).toEqual(['md'])
    expect(mdOnly.diagnostics).toEqual([])
  })
})
