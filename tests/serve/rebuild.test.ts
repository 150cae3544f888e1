import { describe, expect, test } from 'vitest'
import { VplanError, type Diagnostic } from '../../src/diagnostics/index.js'
import type { TemplateSet } from '../../src/compose/index.js'
import type { LoadedPlan } from '../../src/load/index.js'
import type { BuildRequest, BuildResult } from '../../src/pipeline/build-plan.js'
import type { TemplateResolver } from '../../src/pipeline/resolve-templates.js'
import { createRebuilder, type PreviewEvent } from '../../src/serve/rebuild.js'

const YAML_ERROR: Diagnostic = { file: 'p/plan.yaml', line: 4, column: 3, severity: 'error', ruleId: 'yaml-syntax', message: 'bad' }

/** Like createTemplateResolver: one set per name until `forget`, read by `load`. */
function cachingResolver(load: (name: string) => Promise<TemplateSet>): TemplateResolver {
  let sets = new Map<string, Promise<TemplateSet>>()
  return {
    resolve(loaded) {
      const name = loaded.plan.meta.template
      if (!sets.has(name)) sets.set(name, load(name))
      return sets.get(name)!
    },
    forget: () => (sets = new Map()),
  }
}

/** A pipeline of fakes: the "plan" is a text; `broken` makes loading fail like a YAML error does. */
function setup() {
  const disk = { text: 'one', template: 'knivsta', broken: false }
  const calls = { templates: 0, html: 0, pdf: [] as string[] }
  let pdfGate: Promise<void> = Promise.resolve()
  const events: PreviewEvent[] = []
  const rebuilder = createRebuilder({
    planDir: '/plans/knivsta-sn-2024',
    async loadPlan() {
      if (disk.broken) throw new VplanError('input', 'plan.yaml: 1 error', [YAML_ERROR])
      return { plan: { meta: { template: disk.template } }, planFile: 'p/plan.yaml', text: disk.text } as unknown as LoadedPlan
    },
    templates: cachingResolver(async (name) => {
      calls.templates += 1
      return { name } as TemplateSet
    }),
    async build(request: BuildRequest): Promise<BuildResult> {
      const text = (request.loaded as unknown as { text: string }).text
      calls.html += 1
      return { outputs: { html: `<p>${text}</p>`, md: text }, diagnostics: [] }
    },
    async renderPdf({ loaded }) {
      const text = (loaded as unknown as { text: string }).text
      calls.pdf.push(text)
      await pdfGate
      return new TextEncoder().encode(`%PDF ${text}`)
    },
    isTemplateFile: (file) => file.startsWith('/templates/'),
    publish: (event) => events.push(event),
    now: () => 0,
  })
  return { disk, calls, events, rebuilder, gatePdf: (gate: Promise<void>) => (pdfGate = gate) }
}

describe('createRebuilder', () => {
  test('builds the HTML first, then the PDF, and announces each', async () => {
    const { rebuilder, events } = setup()
    await rebuilder.rebuild(new Set())
    expect(rebuilder.state).toMatchObject({ id: 'knivsta-sn-2024', version: 1, html: '<p>one</p>', md: 'one', problems: [] })
    await rebuilder.pdfIdle()
    expect(new TextDecoder().decode(rebuilder.state.pdf)).toBe('%PDF one')
    expect(events.map((e) => e.type)).toEqual(['html', 'pdf'])
  })

  test('a broken plan keeps the last good page and reports the diagnostics; fixing it clears them', async () => {
    const { rebuilder, events, disk } = setup()
    await rebuilder.rebuild(new Set())
    disk.broken = true
    await rebuilder.rebuild(new Set(['/plans/knivsta-sn-2024/plan.yaml']))
    expect(rebuilder.state).toMatchObject({ version: 1, html: '<p>one</p>', problems: [YAML_ERROR] })
    expect(events).toContainEqual({ type: 'problems', diagnostics: [YAML_ERROR] })
    disk.broken = false
    disk.text = 'two'
    await rebuilder.rebuild(new Set(['/plans/knivsta-sn-2024/plan.yaml']))
    expect(rebuilder.state).toMatchObject({ version: 2, html: '<p>two</p>', problems: [] })
  })

  test('the template set (and so its compiled templates) is kept until a template file or the template name changes', async () => {
    const { rebuilder, calls, disk } = setup()
    await rebuilder.rebuild(new Set())
    await rebuilder.rebuild(new Set(['/plans/knivsta-sn-2024/kapitel/01.md']))
    expect(calls.templates).toBe(1)
    await rebuilder.rebuild(new Set(['/templates/knivsta/partials/goal.hbs']))
    expect(calls.templates).toBe(2)
    disk.template = 'default'
    await rebuilder.rebuild(new Set(['/plans/knivsta-sn-2024/plan.yaml']))
    expect(calls.templates).toBe(3)
    expect(rebuilder.templateName).toBe('default')
  })

  test('a PDF that a newer save overtook is dropped and the newest is rendered next', async () => {
    const { rebuilder, calls, disk, events, gatePdf } = setup()
    let release!: () => void
    gatePdf(new Promise((resolve) => (release = resolve)))
    await rebuilder.rebuild(new Set())
    disk.text = 'two'
    await rebuilder.rebuild(new Set(['x']))
    disk.text = 'three'
    await rebuilder.rebuild(new Set(['x']))
    release()
    await rebuilder.pdfIdle()
    expect(calls.pdf).toEqual(['one', 'three'])
    expect(new TextDecoder().decode(rebuilder.state.pdf)).toBe('%PDF three')
    expect(events.filter((e) => e.type === 'pdf')).toEqual([{ type: 'pdf', version: 3, ms: 0 }])
  })

  test('an unknown template is reported at `template:` in plan.yaml', async () => {
    const events: PreviewEvent[] = []
    const rebuilder = createRebuilder({
      planDir: '/plans/x',
      loadPlan: async () =>
        ({ plan: { meta: { template: 'nacka' } }, planFile: 'plans/x/plan.yaml', locate: () => ({ line: 11, column: 13 }) }) as unknown as LoadedPlan,
      templates: cachingResolver(async (name) => {
        throw new VplanError('input', `unknown template '${name}' (looked in templates)`)
      }),
      build: async () => ({ outputs: {}, diagnostics: [] }),
      renderPdf: async () => new Uint8Array(),
      isTemplateFile: () => false,
      publish: (event) => events.push(event),
    })
    await rebuilder.rebuild(new Set())
    expect(rebuilder.state.problems).toEqual([
      { file: 'plans/x/plan.yaml', line: 11, column: 13, severity: 'error', ruleId: 'input-error', message: "unknown template 'nacka' (looked in templates)" },
    ])
  })

  test('an unexpected failure becomes one diagnostic instead of stopping the server', async () => {
    const { rebuilder, events } = setup()
    const failing = createRebuilder({
      planDir: '/plans/x',
      loadPlan: async () => {
        throw new Error('EACCES: permission denied')
      },
      templates: cachingResolver(async () => ({}) as TemplateSet),
      build: async () => ({ outputs: {}, diagnostics: [] }),
      renderPdf: async () => new Uint8Array(),
      isTemplateFile: () => false,
      publish: (event) => events.push(event),
    })
    await failing.rebuild(new Set())
    expect(failing.state.problems).toEqual([
      { file: '/plans/x/plan.yaml', line: 1, column: 1, severity: 'error', ruleId: 'internal-error', message: 'EACCES: permission denied' },
    ])
    expect(rebuilder.state.version).toBe(0)
  })
})
