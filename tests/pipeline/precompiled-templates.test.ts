import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Handlebars from 'handlebars'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { checkTemplates, composeDocument, HELPER_NAMES, precompiledOf, type TemplateSet } from '../../src/compose/index.js'
import { precompiledTemplatesModule, precompileTemplateSet } from '../../src/compose/precompile-template-set.js'
import { COMPILE_OPTIONS, templateSourcesHash } from '../../src/compose/template-hash.js'
import { derivePlan } from '../../src/derive/index.js'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { providePrecompiledTemplates } from '../../src/compose/precompiled-provider.js'
import { composePlan, countHandlebars, SET_NAMES, SHIPPED, stopUsingPrecompiled, usePrecompiled, withBuildTimeCompilation } from './support/precompiled.js'

const FIXTURES = path.resolve('tests/fixtures/compose')
const SEEDS = ['plans/knivsta-sn-2024', 'plans/danderyd-sn-2024']

afterEach(() => {
  stopUsingPrecompiled()
  vi.restoreAllMocks()
})

/** A copy of templates/ to edit; `edit` gets its folder. */
function editedTemplates(edit: (dir: string) => void): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-templates-')), 'templates')
  cpSync(SHIPPED, dir, { recursive: true })
  edit(dir)
  return dir
}

describe('shipped template sets', () => {
  test('are all precompiled', async () => {
    expect(await usePrecompiled()).toEqual({ left: [] })
  })

  test.each(readdirSync(FIXTURES))('compose fixture %s renders from precompiled templates, unchecked and uncompiled, as expected.md', async (name) => {
    await usePrecompiled()
    const counts = countHandlebars()
    const { templates, composed } = await composePlan(path.join(FIXTURES, name, 'plan'))
    expect(composed.diagnostics).toEqual([])
    expect(composed.markdown).toBe(readFileSync(path.join(FIXTURES, name, 'expected.md'), 'utf8'))
    expect(counts).toEqual({ parse: 0, compile: 0, template: 1 + Object.keys(templates.partials).length })
  })

  test.each(SEEDS)('%s composes the same from precompiled templates as compiled ones', async (plan) => {
    const compiled = await composePlan(plan)
    expect(precompiledOf(compiled.templates)).toBeUndefined()
    await usePrecompiled()
    const precompiled = await composePlan(plan)
    expect(precompiledOf(precompiled.templates)).toBeDefined()
    expect(precompiled.composed.markdown).toBe(compiled.composed.markdown)
    expect(precompiled.composed.diagnostics).toEqual([])
    const lines = compiled.composed.markdown.split('\n').length
    for (let line = 1; line <= lines; line += 7) expect(precompiled.composed.origin(line, 3)).toEqual(compiled.composed.origin(line, 3))
  })

  test('a set whose precompiled table fails to load is compiled', async () => {
    providePrecompiledTemplates(() => Promise.reject(new Error('no such chunk')))
    const counts = countHandlebars()
    const { templates, composed } = await composePlan(path.join(FIXTURES, 'knivsta-goal/plan'))
    expect(precompiledOf(templates)).toBeUndefined()
    expect(composed.markdown).toBe(readFileSync(path.join(FIXTURES, 'knivsta-goal/expected.md'), 'utf8'))
    expect(counts.compile).toBeGreaterThan(0)
  })
})

describe('an edited copy of a shipped set', () => {
  const plan = path.join(FIXTURES, 'knivsta-goal/plan')

  test('is checked and compiled, and renders the edit', async () => {
    const dir = editedTemplates((d) => appendFileSync(path.join(d, 'knivsta/partials/board-goal.hbs'), '\nÄndrad mall för {{title}}.\n'))
    await usePrecompiled()
    const counts = countHandlebars()
    const { templates, composed } = await composePlan(plan, dir)
    expect(precompiledOf(templates)).toBeDefined() // found by name, refused by hash
    expect(counts.parse).toBeGreaterThan(0)
    expect(counts.compile).toBeGreaterThan(0)
    expect(composed.diagnostics).toEqual([])
    expect(composed.markdown).toMatch(/^Ändrad mall för .+\.$/m)
    stopUsingPrecompiled()
    expect((await composePlan(plan, dir)).composed.markdown).toBe(composed.markdown)
  })

  test('with a partial added is checked and compiled', async () => {
    const dir = editedTemplates((d) => writeFileSync(path.join(d, 'knivsta/partials/extra.hbs'), 'never used\n'))
    await usePrecompiled()
    const counts = countHandlebars()
    const { composed } = await composePlan(plan, dir)
    expect(counts.parse).toBeGreaterThan(0)
    expect(composed.markdown).toBe(readFileSync(path.join(FIXTURES, 'knivsta-goal/expected.md'), 'utf8'))
  })

  test.each([
    ['an unknown helper', '{{shout title}}', 'template-helper'],
    ['an unknown partial', '{{> nowhere}}', 'template-partial'],
    ['a partial that includes itself', '{{> board-goal}}', 'template-recursion'],
    ['a block never closed', '{{#if title}}', 'template-syntax'],
  ])('with %s reports it exactly as without precompiled templates', async (_, text, ruleId) => {
    const dir = editedTemplates((d) => appendFileSync(path.join(d, 'knivsta/partials/board-goal.hbs'), `\n${text}\n`))
    const without = await composePlan(plan, dir)
    await usePrecompiled()
    const withTable = await composePlan(plan, dir)
    expect(withTable.composed.diagnostics.map((d) => d.ruleId)).toContain(ruleId)
    expect(withTable.composed.diagnostics).toEqual(without.composed.diagnostics)
    expect(withTable.composed.diagnostics).toEqual(checkTemplates(withTable.templates, HELPER_NAMES))
    expect(withTable.composed.markdown).toBe('')
  })
})

describe('precompiling', () => {
  test('leaves out a set that does not pass the checks', async () => {
    const dir = editedTemplates((d) => appendFileSync(path.join(d, 'danderyd/partials/board-goal.hbs'), '\n{{shout title}}\n'))
    const sets = await Promise.all(SET_NAMES.map((name) => loadTemplateSet(name, [dir])))
    expect(precompileTemplateSet(sets[2]!)).toBeUndefined()
    expect(precompiledTemplatesModule(sets).left).toEqual(['danderyd'])
  })

  test('compiles with the options compose compiles with: indented partials, no escaping, missing values', async () => {
    const shipped = await loadTemplateSet('default', [SHIPPED])
    const set: TemplateSet = {
      ...shipped,
      name: 'indented',
      document: { file: 'document.hbs', text: '{{#each parts}}\n  {{> part}}\n{{/each}}\n' },
      partials: { part: { file: 'part.hbs', text: '{{#if markdown}}{{markdown}}{{else}}<block> & {{missing.value}}{{/if}}\nslut\n' } },
    }
    const loaded = await loadPlan(path.join(FIXTURES, 'escaping/plan'))
    const compose = (templates: TemplateSet) =>
      composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived: derivePlan(loaded.plan).derived, templates, composedFile: 'out/e.md' })
    const compiled = compose(set)
    const precompiled = await withBuildTimeCompilation(set)
    const counts = countHandlebars()
    const fromPrecompiled = compose(precompiled)
    expect(counts).toEqual({ parse: 0, compile: 0, template: 2 })
    expect(fromPrecompiled).toEqual({ ...compiled, origin: expect.any(Function) })
    // No escaping, an empty missing value, and the partial's later lines not indented.
    expect(compiled.markdown).toContain('\n  <block> &\nslut\n')
  })

  test('gives partials the options Handlebars compiles them with at run time', async () => {
    // Compose without precompiled templates registers partials as text; Handlebars compiles each
    // on first use, with options of its choosing. Precompiled with ours, the code must be the same.
    const set = await loadTemplateSet('knivsta', [SHIPPED])
    const partialNames = new Map(Object.entries(set.partials).map(([name, source]) => [source.text, name]))
    const seen = new Map<string, CompileOptions>()
    const create = Handlebars.create.bind(Handlebars)
    vi.spyOn(Handlebars, 'create').mockImplementation(() => {
      const hb = create()
      const compile = hb.compile.bind(hb)
      hb.compile = ((input: string, options?: CompileOptions) => {
        const name = partialNames.get(input)
        if (name !== undefined) seen.set(name, { ...options })
        return compile(input, options)
      }) as typeof hb.compile
      return hb
    })
    const loaded = await loadPlan('plans/knivsta-sn-2024')
    const { derived } = derivePlan(loaded.plan)
    composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived, templates: set, composedFile: 'out/k.md' })
    expect(seen.size).toBeGreaterThanOrEqual(8)
    for (const [name, options] of seen) {
      const text = set.partials[name]!.text
      expect({ name, code: Handlebars.precompile(text, options) }).toEqual({ name, code: Handlebars.precompile(text, { ...COMPILE_OPTIONS }) })
    }
  })
})

describe('templateSourcesHash', () => {
  const base = { document: { file: 'a/document.hbs', text: '{{> p}}' }, partials: { p: { file: 'a/p.hbs', text: 'x' }, q: { file: 'a/q.hbs', text: 'y' } } }
  const hash = templateSourcesHash(base)

  test('changes with any text, any partial name and the set of partials', () => {
    expect(templateSourcesHash({ ...base, document: { ...base.document, text: '{{> q}}' } })).not.toBe(hash)
    expect(templateSourcesHash({ ...base, partials: { ...base.partials, p: { file: 'a/p.hbs', text: 'x ' } } })).not.toBe(hash)
    expect(templateSourcesHash({ ...base, partials: { p: base.partials.p, r: base.partials.q } })).not.toBe(hash)
    expect(templateSourcesHash({ ...base, partials: { p: base.partials.p } })).not.toBe(hash)
    expect(templateSourcesHash({ ...base, partials: { ...base.partials, r: { file: 'a/r.hbs', text: '' } } })).not.toBe(hash)
  })

  test('changes with the Handlebars version', () => {
    const version = Handlebars.VERSION
    try {
      Object.assign(Handlebars, { VERSION: '4.7.11' })
      expect(templateSourcesHash(base)).not.toBe(hash)
    } finally {
      Object.assign(Handlebars, { VERSION: version })
    }
    expect(templateSourcesHash(base)).toBe(hash)
  })

  test('does not depend on file paths or the order partials were read in', () => {
    expect(templateSourcesHash({ document: { file: 'b/document.hbs', text: '{{> p}}' }, partials: { q: { file: 'b/q.hbs', text: 'y' }, p: { file: 'b/p.hbs', text: 'x' } } })).toBe(hash)
  })
})
