import { describe, expect, test } from 'vitest'
import { select, selectAll } from 'hast-util-select'
import postcss from 'postcss'
import type { Element } from 'hast'
import { scopeCss } from '../../../src/render/html/scope-css.js'
import { classesOf, parseFragment, render, sample, visibleText } from './helpers.js'

describe('fragment', () => {
  const { html, diagnostics } = render(sample, { fragment: true })
  const tree = parseFragment(html)
  const elements = selectAll('*', tree)

  test('is one <article> and nothing else', () => {
    const top = tree.children.filter((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
    expect(top.map((node) => (node as Element).tagName)).toEqual(['article'])
    expect(html.startsWith('<article class="vplan-article" lang="sv">')).toBe(true)
    expect(diagnostics).toEqual([])
  })

  test('uses only vplan- class names and ids, and its in-page links resolve', () => {
    const classes = elements.flatMap(classesOf)
    expect(classes.length).toBeGreaterThan(20)
    for (const name of classes) expect(name).toMatch(/^vplan-/)
    const ids = elements.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string')
    for (const id of ids) expect(id).toMatch(/^vplan-/)
    for (const a of selectAll('a[href^="#"]', tree)) expect(ids).toContain(String(a.properties.href).slice(1))
    for (const region of selectAll('[role=region]', tree)) expect(ids).toContain((region.properties.ariaLabelledBy as string[])[0])
  })

  test('has the header, the table of contents and the content, but no page landmarks or skip link', () => {
    expect(select('article > header h1', tree)).toBeDefined()
    expect(select('article > nav[aria-labelledby=vplan-innehallsforteckning]', tree)).toBeDefined()
    expect(selectAll('main, footer, body, html, .vplan-skip-link', tree)).toEqual([])
    expect(visibleText(select('article > div.vplan-content', tree)!)).toContain('A | B & Co *AB* Färdtjänst <8,71%')
  })

  test('carries its own stylesheet, every rule scoped to the article', () => {
    const styles = selectAll('style', tree)
    expect(styles).toHaveLength(1)
    const css = styles[0]!.children.map((c) => ('value' in c ? c.value : '')).join('')
    const root = postcss.parse(css)
    let rules = 0
    root.walkRules((rule) => {
      rules++
      for (const selector of rule.selectors) expect(selector).toMatch(/^\.vplan-article(?![\w-])/)
    })
    expect(rules).toBeGreaterThan(40)
    root.walkAtRules((rule) => expect(['media']).toContain(rule.name))
    expect(css).toContain('.vplan-article .vplan-table-scroll')
    expect(css).toMatch(/\.vplan-article \{\s*--accent: #00695c !important;/)
    root.walkDecls((decl) => expect(decl.important, String(decl.parent)).toBe(true))
  })
})

describe('scopeCss', () => {
  test('scopes selectors, prefixes names, maps the page root to the article and drops page-only rules', () => {
    const css = [
      ':root { --accent: red }',
      'body { margin: 0 }',
      'body > .doc-header, h2 .num { color: blue }',
      '#x:not(.y) a[href^="https://a.b"] { color: green }',
      '@media print { @page { size: A4 } .toc { display: none } }',
      '@import "x.css";',
      '@keyframes fade { from { opacity: 0 } to { opacity: 1 } }',
    ].join('\n')
    const scoped = scopeCss(css, 'vplan-')
    expect(scoped).toContain('.vplan-article { --accent: red !important')
    expect(scoped).toContain('.vplan-article { margin: 0 !important }')
    expect(scoped).toContain('.vplan-article > .vplan-doc-header, .vplan-article h2 .vplan-num { color: blue !important }')
    expect(scoped).toContain('.vplan-article #vplan-x:not(.vplan-y) a[href^="https://a.b"] { color: green !important }')
    expect(scoped).toContain('@media print { .vplan-article .vplan-toc { display: none !important } }')
    expect(scoped).toContain('from { opacity: 0 }')
    expect(scoped).not.toMatch(/@page|@import/)
    expect(scoped).toMatch(/^\.vplan-article \{\s*all: initial !important;/)
    expect(scoped).toContain('.vplan-article :is(header, nav,')
  })
})
