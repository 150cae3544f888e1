import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { toString } from 'mdast-util-to-string'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import type { TemplateSet } from '../../src/compose/index.js'
import { formatFixed } from '../../src/format/index.js'
import { decimalsOf } from '../../src/derive/index.js'
import { parseMarkdown } from '../../src/document/index.js'
import { loadPlan } from '../../src/load/index.js'
import { buildPlan, type Format } from '../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { ROOT } from '../hostile/support/cli.js'
import { planArbitrary, shownTexts, toPlanData, type RandomPlan } from './arbitraries.js'

/**
 * Random valid plans, built from the model's shapes with the real plans' labels (some carrying
 * Markdown syntax), go through the loader and all three renderers without an exception, and every
 * label, name and formatted figure appears in the composed Markdown as text. Bounded numRuns keep
 * the suite fast; a failure prints the seed and the shrunk plan to replay.
 */
let work: string
const templates = new Map<string, TemplateSet>()
let count = 0

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'vplan-property-'))
  for (const name of ['default', 'knivsta', 'danderyd']) templates.set(name, await loadTemplateSet(name, [path.join(ROOT, 'templates')]))
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

async function build(plan: RandomPlan, formats: readonly Format[]) {
  const dir = path.join(work, `plan-${count++}`)
  await mkdir(dir)
  await writeFile(path.join(dir, 'plan.yaml'), stringify(toPlanData(plan)))
  const loaded = await loadPlan(dir)
  const result = await buildPlan({ loaded, templates: templates.get(plan.meta.template)!, formats, composedFile: 'out/plan.md' })
  return { loaded, result }
}

function leafValues(plan: RandomPlan): number[] {
  return plan.operating.rows.flatMap((row) => ('rows' in row ? row.rows.flatMap((r) => r.values) : row.values)).filter((v): v is number => v !== null)
}

describe('random valid plans', () => {
  it('show every label, name and figure in the composed Markdown, as text', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (plan) => {
        const { result } = await build(plan, ['md'])
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
        const md = String(result.outputs.md)
        const text = toString(parseMarkdown(md))
        for (const shown of shownTexts(plan)) expect(text).toContain(shown.trim())
        const decimals = decimalsOf(plan.operating.unit)
        for (const value of leafValues(plan)) expect(md).toContain(formatFixed(value, decimals))
      }),
      { numRuns: 50 },
    )
  }, 180_000)

  it('render to Markdown, HTML and PDF without an exception', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (plan) => {
        const { result } = await build(plan, ['md', 'html', 'pdf'])
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
        expect(String(result.outputs.html)).toContain('<main')
        expect(Buffer.from(result.outputs.pdf as Uint8Array).subarray(0, 5).toString()).toBe('%PDF-')
      }),
      { numRuns: 20 },
    )
  }, 300_000)
})
