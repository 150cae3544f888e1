import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { composeDocument } from '../../src/compose/index.js'
import { derivePlan } from '../../src/derive/index.js'
import { parseDocument } from '../../src/document/index.js'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

const FIXTURES = path.resolve('tests/fixtures/compose')
const UPDATE = process.env.UPDATE === '1'

async function compose(name: string) {
  const loaded = await loadPlan(path.join(FIXTURES, name, 'plan'))
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const { derived } = derivePlan(loaded.plan)
  const composed = composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived, templates, composedFile: `out/${name}.md` })
  return { loaded, templates, composed }
}

/* Golden files: plan in, Markdown out. `UPDATE=1 npx vitest run tests/compose` rewrites them; review the diff. */
describe.each(readdirSync(FIXTURES))('compose fixture %s', (name) => {
  test('composes to the expected Markdown', async () => {
    const { composed } = await compose(name)
    expect(composed.diagnostics).toEqual([])
    const expectedFile = path.join(FIXTURES, name, 'expected.md')
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, composed.markdown)
    expect(composed.markdown).toBe(readFileSync(expectedFile, 'utf8'))
  })
})

test('values full of Markdown syntax render literally', async () => {
  const { loaded, composed, templates } = await compose('escaping')
  const doc = parseDocument(composed.markdown, loaded.plan.meta, templates.layout)
  const types = new Set<string>()
  visit(doc.tree, (node) => void types.add(node.type))
  for (const markup of ['emphasis', 'strong', 'html', 'inlineCode', 'delete', 'list', 'leafDirective']) expect(types).not.toContain(markup)
  // GFM links a bare web address as its own text; a Markdown link in data stays text.
  const links: { url: string; text: string }[] = []
  visit(doc.tree, 'link', (link) => void links.push({ url: link.url, text: toString(link) }))
  expect(links).toEqual([{ url: 'https://example.com', text: 'https://example.com' }])
  const cells: string[] = []
  visit(doc.tree, 'tableCell', (cell) => void cells.push(toString(cell)))
  expect(cells).toEqual(expect.arrayContaining([
    'A | B',
    'Tjänst med *stjärnor* och _understreck_',
    '[länk](https://example.com) `kod` <b>fet</b> &amp; ::pagebreak',
    'S:ta Maria \\ backslash ~~struken~~',
    'Personalomsättning | andel > 5',
    '<8,71\u00a0%',
    '- inte en lista',
    '1. inte heller en lista',
  ]))
  const headings: string[] = []
  visit(doc.tree, 'heading', (h) => void headings.push(toString(h)))
  expect(headings).toContain('# Inte en rubrik _och_ inte kursiv')
  expect(headings).toContain('Mål <script>alert(1)</script> & mer')
})

test('a composed document is the same every time', async () => {
  const first = await compose('knivsta-goal')
  const second = await compose('knivsta-goal')
  expect(second.composed.markdown).toBe(first.composed.markdown)
})

test('narrative positions map back to the chapter file', async () => {
  const { composed } = await compose('knivsta-goal')
  const line = composed.markdown.split('\n').findIndex((l) => l.startsWith('Ersättning per timme')) + 1
  expect(composed.origin(line, 5)).toEqual({ file: expect.stringMatching(/kapitel\/06-driftsbudget\.md$/), line: 3, column: 5 })
})
