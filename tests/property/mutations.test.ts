import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TemplateSet } from '../../src/compose/index.js'
import { VplanError } from '../../src/diagnostics/index.js'
import { loadPlanFrom, type PlanReader } from '../../src/load/index.js'
import { buildPlan } from '../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { ROOT } from '../hostile/support/cli.js'

/**
 * Random edits of valid plan.yaml texts (a line deleted or repeated, a value swapped for another
 * type, garbage bytes inserted, the text cut off, a line re-indented) end in diagnostics or in a
 * build, never in a crash: loadPlanFrom and buildPlan throw nothing but VplanError.
 */
const BASES = [
  { dir: path.join(ROOT, 'tests/fixtures/bad/valid'), formats: ['md', 'html', 'pdf'] as const },
  { dir: path.join(ROOT, 'plans/knivsta-sn-2024'), formats: ['md', 'html'] as const },
  { dir: path.join(ROOT, 'plans/danderyd-sn-2024'), formats: ['md', 'html'] as const },
]
const texts = BASES.map((base) => readFileSync(path.join(base.dir, 'plan.yaml')))
const templates = new Map<string, TemplateSet>()
/** VPLAN_PROPERTY_RUNS=1000 for a longer hunt. */
const RUNS = Number(process.env.VPLAN_PROPERTY_RUNS ?? 60)

beforeAll(async () => {
  for (const name of ['default', 'knivsta', 'danderyd']) templates.set(name, await loadTemplateSet(name, [path.join(ROOT, 'templates')]))
})

const SWAPS = ['~', '[]', '{}', 'true', '1e400', '-.inf', '.nan', '"1.427,5"', '2024-01-01', '*saknas', '&a x', '!!binary aGVq', '|', '>-', '"', "'", '[1, [2, [3]]]', '{a: {b: {c: 1}}}', '<script>alert(1)</script>', '{{constructor}}', '__proto__: 1', 'x: y: z']
const GARBAGE = [[0x00], [0xff, 0xfe], [0xc3], [0xef, 0xbb, 0xbf], [0x0b], [0x1b, 0x5b, 0x33, 0x31, 0x6d], [0x0d], [0x09], [0xe2, 0x80, 0xa8]]

type Mutation =
  | { kind: 'delete-line' | 'repeat-line'; at: number }
  | { kind: 'swap-value'; at: number; value: string }
  | { kind: 'garbage'; at: number; bytes: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'indent'; at: number; by: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'repeat-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-value' as const), at: fc.nat(), value: fc.constantFrom(...SWAPS) }),
  fc.record({ kind: fc.constant('garbage' as const), at: fc.nat(), bytes: fc.constantFrom(...GARBAGE) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
)

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const lines = bytes.toString('utf8').split('\n')
  const line = m.at % lines.length
  switch (m.kind) {
    case 'delete-line':
      return Buffer.from(lines.filter((_, i) => i !== line).join('\n'))
    case 'repeat-line':
      return Buffer.from(lines.flatMap((l, i) => (i === line ? [l, l] : [l])).join('\n'))
    case 'swap-value':
      return Buffer.from(lines.map((l, i) => (i === line ? l.replace(/(:\s|-\s)(.*)$/, `$1${m.value}`) : l)).join('\n'))
    case 'indent':
      return Buffer.from(lines.map((l, i) => (i !== line ? l : m.by >= 0 ? ' '.repeat(m.by) + l : l.slice(-m.by))).join('\n'))
    case 'garbage': {
      const at = m.at % (bytes.length + 1)
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)])
    }
    case 'truncate':
      return bytes.subarray(0, m.at % (bytes.length + 1))
  }
}

/** plan.yaml from memory, everything else from the base plan's folder (as the folder reader would). */
function readerFor(dir: string, planYaml: Buffer): PlanReader {
  return {
    async read(relativePath) {
      if (relativePath === 'plan.yaml') return planYaml
      if (relativePath.includes('..') || path.isAbsolute(relativePath)) return undefined
      return readFile(path.join(dir, relativePath)).catch(() => undefined)
    },
  }
}

describe('mutated plans', () => {
  it('give diagnostics or a build, never a crash', async () => {
    const outcomes = { built: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (base, mutations) => {
        const { dir, formats } = BASES[base]!
        const text = mutations.reduce(mutate, texts[base]!)
        try {
          const loaded = await loadPlanFrom('plan', 'plans/plan', readerFor(dir, text))
          const template = templates.get(loaded.plan.meta.template)
          if (!template) {
            // An unknown template name is the CLI's diagnostic (tested in tests/hostile): refused all the same.
            outcomes.refused++
            return
          }
          const result = await buildPlan({ loaded, templates: template, formats: [...formats], composedFile: 'out/plan.md' })
          for (const d of result.diagnostics) expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/)
          outcomes.built++
        } catch (error) {
          if (!(error instanceof VplanError)) throw error
          expect(error.kind).toBe('input')
          expect(error.diagnostics.length).toBeGreaterThan(0)
          for (const d of error.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1)
            expect(d.column).toBeGreaterThanOrEqual(1)
            expect(d.message.length).toBeGreaterThan(0)
          }
          outcomes.refused++
        }
      }),
      { numRuns: RUNS },
    )
    expect(outcomes.built + outcomes.refused).toBe(RUNS)
  }, 300_000)
})
