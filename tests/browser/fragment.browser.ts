import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { flattenGradients, formatViolations, runAxe } from './support/axe.js'
import { buildPages, PLANS } from './support/build-pages.js'
import { launchChromium } from './support/chromium.js'
import { serveFolder, type FolderServer } from './support/serve-folder.js'
import { expectTocLinksReachSections } from './support/toc-links.js'

/*
 * The CMS fragment (out/<id>.fragment.html) pasted into a host page whose stylesheet styles bare
 * elements as a municipal site's theme does. The fragment must look the same as in a plain page,
 * pass axe, and leave the host's own elements alone.
 */
const AGGRESSIVE_CSS = `
  * { letter-spacing: 0.08em; line-height: 1.1; }
  body { font: 14px Georgia, serif; color: #555; background: #fafafa; margin: 0; }
  table, td, th { border: 5px solid red; font-size: 30px; color: #999; background: yellow; padding: 0; }
  caption { text-align: right; font-size: 8px; }
  h1, h2, h3, h4 { text-transform: uppercase; color: #ccc; font-size: 48px; margin: 0; }
  ul, ol { list-style: none; padding: 0; margin: 0; }
  li::before { content: "» "; }
  p { font-size: 11px; color: #aaa; margin: 0 0 2em; }
  a { color: #e0e0e0; text-decoration: none; }
  div { padding: 1em; }
`

/**
 * A CMS theme scopes its rules under its own content class (Sitevision: .sv-text-portlet…), and
 * `.sv-text-portlet table td` (0,1,2) outranks the fragment's `.vplan-article td` (0,1,1).
 */
const THEME_CSS = `.sv-text-portlet p, .sv-text-portlet table td, .sv-text-portlet ul li { color: #bbb; font-size: 9px; }`

function hostPage(fragment: string, css: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verksamhetsplan – Kommunens webbplats</title>
<style>${css}</style></head>
<body>
<header><nav aria-label="Huvudmeny"><ul><li><a href="#innehall" id="host-link">Omsorg och stöd</a></li></ul></nav></header>
<main id="innehall">
<h1 id="host-title">Verksamhetsplaner</h1>
<p id="host-text">Här publicerar nämnderna sina verksamhetsplaner.</p>
<div class="sv-text-portlet">${fragment}</div>
<table id="host-table"><caption>Värdtabell</caption><tr><th scope="col">Kolumn</th></tr><tr><td>Cell</td></tr></table>
</main>
</body>
</html>`
}

/** The host's own elements, which the fragment's stylesheet must leave alone. */
const HOST_SAMPLES = ['#host-title', '#host-text', '#host-table td', '#host-table caption', 'header nav ul', '#host-link']
const PROPERTIES = [
  'font-size', 'font-family', 'font-weight', 'color', 'background-color', 'text-transform', 'letter-spacing', 'line-height',
  'border-top-width', 'border-top-color', 'border-bottom-width', 'list-style-type', 'padding-left', 'padding-top', 'margin-bottom',
  'text-align', 'display', 'font-style', 'text-decoration-line', 'visibility',
]

let browser: Browser
let pagesDir: string
let server: FolderServer

beforeAll(async () => {
  ;[browser, pagesDir] = await Promise.all([launchChromium(), buildPages()])
  for (const id of PLANS) {
    const fragment = await readFile(path.join(pagesDir, `${id}.fragment.html`), 'utf8')
    await writeFile(path.join(pagesDir, `${id}.plain-host.html`), hostPage(fragment, 'body { margin: 0; }'))
    await writeFile(path.join(pagesDir, `${id}.hostile-host.html`), hostPage(fragment, AGGRESSIVE_CSS))
    await writeFile(path.join(pagesDir, `${id}.hostile-host-alone.html`), hostPage('', AGGRESSIVE_CSS))
    await writeFile(path.join(pagesDir, `${id}.theme-host.html`), hostPage(fragment, AGGRESSIVE_CSS + THEME_CSS))
  }
  server = await serveFolder(pagesDir)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (pagesDir) await rm(pagesDir, { recursive: true, force: true })
})

async function open(file: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(server.url + file)
  return page
}

/** Computed styles of the first element matching each selector (missing ones are reported as such). */
function stylesOf(page: Page, selectors: string[]): Promise<Record<string, Record<string, string> | 'missing'>> {
  return page.evaluate(
    ({ selectors, properties }) =>
      Object.fromEntries(
        selectors.map((selector) => {
          const el = document.querySelector(selector)
          if (!el) return [selector, 'missing']
          const style = getComputedStyle(el)
          // Host rules on ::before/::after (bullets, icons) reach into the fragment too.
          const generated = {
            '::before content': getComputedStyle(el, '::before').content,
            '::after content': getComputedStyle(el, '::after').content,
          }
          return [selector, { ...Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)])), ...generated }]
        }),
      ),
    { selectors, properties: PROPERTIES },
  )
}

/** The listed properties (and generated ::before/::after content) of every element of the fragment, in document order. */
function everyStyle(page: Page): Promise<{ path: string; styles: Record<string, string> }[]> {
  return page.evaluate((properties) => {
    const elements = [...document.querySelectorAll('.vplan-article, .vplan-article *')].filter((el) => el.tagName !== 'STYLE')
    return elements.map((el, index) => {
      const style = getComputedStyle(el)
      const styles = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))
      styles['::before content'] = getComputedStyle(el, '::before').content
      styles['::after content'] = getComputedStyle(el, '::after').content
      return { path: `#${index} <${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`, styles }
    })
  }, PROPERTIES)
}

describe.each(PLANS)('%s fragment', (id) => {
  test('is one <article> with vplan- class names and its own scoped styles', async () => {
    const fragment = await readFile(path.join(pagesDir, `${id}.fragment.html`), 'utf8')
    expect(fragment.trim()).toMatch(/^<article class="vplan-article"[^>]*>[\s\S]*<\/article>$/)
    const page = await open(`${id}.plain-host.html`)
    const classes = await page.$$eval('.vplan-article [class]', (els) => [...new Set(els.flatMap((el) => [...el.classList]))])
    expect(classes.filter((name) => !name.startsWith('vplan-'))).toEqual([])
    await page.close()
  })

  test('looks the same inside a host page with aggressive CSS as inside a plain one (every element)', async () => {
    const plain = await open(`${id}.plain-host.html`)
    const hostile = await open(`${id}.hostile-host.html`)
    const [expected, actual] = await Promise.all([everyStyle(plain), everyStyle(hostile)])
    await Promise.all([plain.close(), hostile.close()])
    expect(actual.length).toBe(expected.length)
    expect(expected.length).toBeGreaterThan(200)
    const differences = expected.flatMap((element, index) =>
      Object.entries(element.styles)
        .filter(([property, value]) => actual[index]!.styles[property] !== value)
        .map(([property, value]) => `${element.path} ${property}: ${value} → ${actual[index]!.styles[property]}`),
    )
    expect(differences.slice(0, 25), `${differences.length} differences`).toEqual([])
  })

  test("keeps its table cells' font size and colour under a CMS theme's class-scoped rules", async () => {
    const plain = await open(`${id}.plain-host.html`)
    const themed = await open(`${id}.theme-host.html`)
    const selectors = ['.vplan-article table td', '.vplan-article .vplan-content p']
    const expected = await stylesOf(plain, selectors)
    const actual = await stylesOf(themed, selectors)
    await Promise.all([plain.close(), themed.close()])
    expect(actual).toEqual(expected)
  })

  test('looks like the published page: its own styles apply, not just the browser defaults', async () => {
    // Without this, "the same in a plain and a hostile host" would also hold for an unstyled fragment.
    const standalone = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await standalone.goto(`${server.url}${id}.html`)
    const plain = await open(`${id}.plain-host.html`)
    const pairs = [
      ['table th', '.vplan-article table th'],
      ['table td', '.vplan-article table td'],
      ['table caption', '.vplan-article table caption'],
      ['.content h2', '.vplan-article .vplan-content h2'],
      ['.content p', '.vplan-article .vplan-content p'],
      ['nav.toc a', '.vplan-article .vplan-toc a'],
    ]
    const page = await stylesOf(standalone, pairs.map(([selector]) => selector!))
    const fragment = await stylesOf(plain, pairs.map(([, selector]) => selector!))
    await Promise.all([standalone.close(), plain.close()])
    const visual = ['font-size', 'font-family', 'font-weight', 'color', 'background-color', 'text-align']
    const pick = (styles: typeof page, selector: string) => {
      const style = styles[selector]
      return style === 'missing' || style === undefined ? 'missing' : Object.fromEntries(visual.map((p) => [p, style[p]]))
    }
    for (const [pageSelector, fragmentSelector] of pairs) {
      expect(pick(fragment, fragmentSelector!), fragmentSelector).toEqual(pick(page, pageSelector!))
    }
  })

  test('does not restyle the host page', async () => {
    const alone = await open(`${id}.hostile-host-alone.html`)
    const withFragment = await open(`${id}.hostile-host.html`)
    const expected = await stylesOf(alone, HOST_SAMPLES)
    const actual = await stylesOf(withFragment, HOST_SAMPLES)
    await Promise.all([alone.close(), withFragment.close()])
    expect(actual).toEqual(expected)
  })

  test('axe-core finds no WCAG 2.1 A/AA violations in the fragment inside the aggressive host', async () => {
    for (const width of [1280, 320]) {
      const page = await open(`${id}.hostile-host.html`, width)
      // Solid worst-case backgrounds instead of the scroll shadows, so axe judges every table cell's contrast.
      await flattenGradients(page)
      const { violations, incomplete } = await runAxe(page, { include: '.vplan-article' })
      expect(incomplete.filter((rule) => rule.id === 'color-contrast').flatMap((rule) => rule.nodes.map((n) => n.target.join(' ')))).toEqual([])
      await page.close()
      expect(violations, `${width} px:\n${formatViolations(violations)}`).toEqual([])
    }
  })

  test('at 320 px nothing in the fragment sticks out sideways (wide tables scroll in their region)', async () => {
    const page = await open(`${id}.hostile-host.html`, 320)
    // The host's own 48 px uppercase heading may overflow; only the fragment's boxes are judged.
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll('.vplan-article, .vplan-article *')]
        .filter((el) => !el.parentElement?.closest('.vplan-table-scroll'))
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`),
    )
    await page.close()
    expect(sticking).toEqual([])
  })

  test("the fragment's table of contents links move to its sections", async () => {
    const page = await open(`${id}.hostile-host.html`)
    await expectTocLinksReachSections(page, '.vplan-article .vplan-toc')
    await page.close()
  })
})
