import { describe, expect, test } from 'vitest'
import { documentDefinition, type HeadingKeep } from '../../../src/render/pdf/document-definition.js'
import { loadFonts } from '../../../src/render/pdf/fonts.js'
import { printPdf } from '../../../src/render/pdf/print-pdf.js'
import { mergeStyle } from '../../../src/render/pdf/style/merge-style.js'
import { sampleDocument } from './fixtures.js'
import { longDocument } from './long-document.js'
import { composedPlan, PLAN_DIRS } from './real-plans.js'
import { readPdf } from './read-pdf.js'

/**
 * Build time of the heading-keep strategies on the real plans (and on the long document of
 * heading-keep.test.ts, where many headings fall at a page bottom): unbreakable groups (what vplan
 * uses), pdfmake's pageBreakBefore callback, and no keeping at all as the baseline. Slow and
 * machine-dependent, so it runs only on request:
 *   VPLAN_BENCH=1 npx vitest run tests/render/pdf/heading-keep.bench.test.ts
 */
const ROUNDS = Number(process.env.VPLAN_BENCH_ROUNDS ?? 7)

describe.skipIf(!process.env.VPLAN_BENCH)('heading keep: build time on the real plans', () => {
  test('group vs pageBreakBefore callback vs none', async () => {
    const modes: HeadingKeep[] = ['group', 'callback', 'none']
    const rows: string[] = []
    const cases = [
      ...PLAN_DIRS.map((dir) => ({ name: dir, load: () => composedPlan(dir) })),
      { name: 'long document (tests)', load: async () => ({ doc: sampleDocument(longDocument()), style: {} }) },
    ]
    for (const { name: dir, load } of cases) {
      const { doc, style: sheet } = await load()
      const { style } = mergeStyle(sheet)
      const times = new Map<HeadingKeep, number[]>(modes.map((mode) => [mode, []]))
      let relayouts = 0
      const pages = new Map<HeadingKeep, number>()
      // Warm up pdfmake, fonts and the JIT once, then interleave the modes so load on the machine hits all alike.
      await printPdf(documentDefinition(doc, style, loadFonts()))
      for (let round = 0; round < ROUNDS; round++) {
        for (const mode of modes) {
          const job = documentDefinition(doc, style, loadFonts(), mode)
          const { definition } = job
          let moved = 0
          const callback = definition.pageBreakBefore
          if (callback) definition.pageBreakBefore = (node, queries) => (callback(node, queries) ? ++moved > 0 : false)
          const started = performance.now()
          const bytes = await printPdf(job)
          times.get(mode)!.push(performance.now() - started)
          if (mode === 'callback') relayouts = moved
          if (round === 0) pages.set(mode, (await readPdf(bytes)).pages.length)
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
      for (const mode of modes) {
        const list = times.get(mode)!
        rows.push(`${dir}\t${mode}\tmedian ${median(list).toFixed(0)} ms\tmin ${Math.min(...list).toFixed(0)} ms\t${pages.get(mode)} pages${mode === 'callback' ? `\t${relayouts} extra layouts` : ''}`)
      }
      expect(median(times.get('group')!)).toBeLessThan(median(times.get('callback')!) * 1.5)
    }
    process.stdout.write(`\n${rows.join('\n')}\n`)
  }, 900_000)
})
