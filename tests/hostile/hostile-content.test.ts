import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { select } from 'hast-util-select'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/index.js'
import { loadPlan } from '../../src/load/index.js'
import { buildPlan, type BuildResult } from '../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { DIAGNOSTIC_LINE, ensureCompiled, hasStackTrace, ROOT, vplan } from './support/cli.js'
import { findHazards, hasDangerousScheme, visibleText } from './support/inspect-html.js'

/**
 * tests/hostile/plan/ puts script, event handlers, javascript:/data:/vbscript: links (entity-encoded,
 * mixed case, with tabs and newlines), SVG and MathML tricks, CSS and Handlebars expressions into
 * the narrative and into every YAML string that reaches the page. The built page must hold none of
 * it as markup; plain-text fields show it literally; Markdown fields lose it with a warning.
 */
const PLAN = path.join(ROOT, 'tests/hostile/plan')
const CHAPTER = 'kapitel/01-fientlig-text.md'
let result: BuildResult
let chapterFile: string

beforeAll(async () => {
  const loaded = await loadPlan(PLAN)
  chapterFile = loaded.narratives.get(CHAPTER)!.file
  const templates = await loadTemplateSet(loaded.plan.meta.template, [path.join(ROOT, 'templates')])
  result = await buildPlan({ loaded, templates, formats: ['md', 'html'], fragment: true, composedFile: 'out/plan.md' })
}, 120_000)

const at = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId && d.file === chapterFile).map((d) => `${d.line}:${d.column}`)

describe('hostile content in the narrative and in plan data', () => {
  it('builds, with warnings only', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.outputs.html).toBeTypeOf('string')
  })

  for (const kind of ['page', 'fragment'] as const) {
    it(`leaves no script, handler, unsafe URL, style attribute, SVG or MathML in the ${kind}`, () => {
      const html = String(kind === 'page' ? result.outputs.html : result.outputs.fragment)
      expect(findHazards(html, { fragment: kind === 'fragment' })).toEqual([])
    })
  }

  it('shows plain-text fields literally, Handlebars expressions included (templates never compile plan content)', () => {
    const text = visibleText(String(result.outputs.html))
    for (const literal of [
      'Attendo AB <script>window.__pwned=1</script> {{constructor.constructor(\'window.__pwned=1\')()}}',
      'Hemtjänst [Läs mer](javascript:window.__pwned=1) {{#with "x" as |a|}}{{a}}{{/with}}',
      'Nämnd- och styrelseverksamhet <script>window.__pwned=1</script>',
      'Summa {{constructor.constructor(\'window.__pwned=1\')()}}',
      'Socialnämnd <svg onload="window.__pwned=1"><circle r="1"/></svg>',
      'Kontinuiteten inom hemtjänsten {{constructor.constructor(\'window.__pwned=1\')()}}',
      '__proto__',
      "{{lookup this 'constructor'}}",
    ]) {
      expect(text).toContain(literal)
    }
    // The page title is text too (with the board and municipality it does not name, which are
    // hostile as well): the layout's Handlebars escapes it, so the <title> holds it whole.
    const title = select('title', fromHtml(String(result.outputs.html)))!
    expect(title.children.map((child) => (child.type === 'text' ? child.value : '')).join('')).toBe(
      "Verksamhetsplan 2024 </title><script>window.__pwned=1</script> {{constructor.constructor('window.__pwned=1')()}}" +
        ' – Socialnämnden " onmouseover="window.__pwned=1" x=", Knivsta kommun <script>window.__pwned=1</script>',
    )
    // Units are escaped like labels: "% <img …>" neither splits the row nor becomes markup.
    expect(text).toContain('94 % <img src=x onerror="window.__pwned=1">')
    expect(text).toContain('49 676 h {{#with "x" as |a|}}{{a}}{{/with}}')
  })

  it('keeps Handlebars in narrative and in Markdown fields as literal text in the composed Markdown', () => {
    const md = String(result.outputs.md)
    expect(md).toContain("{{constructor.constructor('window.__pwned=1')()}} och {{#with \"x\" as |a|}}{{a}}{{/with}} och {{> suppliers}} och {{{meta.title}}}")
    expect(md).not.toContain('window.__pwned=1\')()}}"') // nothing was evaluated into something else
    expect(visibleText(String(result.outputs.html))).toContain('{{> suppliers}} och {{{meta.title}}}')
  })

  it('keeps the words around what it removes, and real links', () => {
    const text = visibleText(String(result.outputs.html))
    expect(text).toContain('Socialnämnden ansvarar för individ- och familjeomsorg.')
    expect(text).toContain('Länkar: a b c d e f g h')
    expect(String(result.outputs.html)).toContain('href="https://www.knivsta.se/"')
    expect(String(result.outputs.html)).toContain('href="mailto:socialnamnden@knivsta.se"')
  })

  it('tells the editor what was removed, where (narrative file, line, column)', () => {
    const d = result.diagnostics
    expect(at(d, 'raw-html')).toEqual(expect.arrayContaining(['3:56', '5:1', '7:1', '9:1', '17:1', '19:1']))
    expect(at(d, 'unsafe-url')).toEqual(['11:9', '11:42', '11:75', '11:113', '11:152', '11:191', '11:263', '11:287', '11:408', '11:438'])
    // Images from addresses or outside the plan are errors now (tests/load/images.test.ts), not removals.
    expect(at(d, 'image')).toEqual([])
    expect(d.find((x) => x.ruleId === 'raw-html' && x.line === 3)!.message).toContain('<script>')
    expect(d.every((x) => x.severity === 'warning')).toBe(true)
  })

  it('reports Markdown fields of plan.yaml too (positioned in the composed document)', () => {
    const composed = result.diagnostics.filter((d) => d.file === 'out/plan.md')
    expect(composed.filter((d) => d.ruleId === 'raw-html').length).toBeGreaterThanOrEqual(6)
    expect(composed.filter((d) => d.ruleId === 'unsafe-url').length).toBeGreaterThanOrEqual(3)
  })

  it('reports each removal once, not once per renderer', () => {
    const keys = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}:${d.ruleId}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('the URL check itself knows the spellings', () => {
    for (const url of ['javascript:x', ' JaVaScRiPt:x', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x']) {
      expect(hasDangerousScheme(url), url).toBe(true)
    }
    expect(hasDangerousScheme('https://www.knivsta.se/')).toBe(false)
  })
})

describe('hostile content through the CLI', () => {
  it('exits 0 and prints every warning on one line of its own, content quoted with its newlines and tabs escaped', async () => {
    ensureCompiled()
    const out = await mkdtemp(path.join(os.tmpdir(), 'vplan-hostile-'))
    try {
      const run = await vplan(['build', PLAN, '--out', out], { cwd: ROOT, timeoutMs: 150_000 })
      expect(run.status, run.stderr).toBe(0)
      expect(hasStackTrace(run.stderr)).toBe(false)
      const lines = run.stderr.trimEnd().split('\n')
      expect(lines.at(-1)).toMatch(/ → .*plan\.md, .*plan\.html, .*plan\.pdf \(/)
      expect(lines.slice(0, -1).filter((line) => !DIAGNOSTIC_LINE.test(line))).toEqual([])
      expect(run.stderr).toContain('java\\nscript:window.__pwned=1')
      expect(run.diagnostics.every((d) => d.severity === 'warning')).toBe(true)
      expect(findHazards(await readFile(path.join(out, 'plan.html'), 'utf8'))).toEqual([])
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }, 180_000)
})
