import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadPlan } from '../../src/load/index.js'
import { buildPlan } from '../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { launchChromium } from './support/chromium.js'
import { serveFolder, type FolderServer } from './support/serve-folder.js'

/*
 * tests/hostile/plan (script, handlers, javascript: links, SVG/MathML, CSS and Handlebars in every
 * field, see docs/robustness.md) built and opened in Chromium: no dialog, no script ran
 * (window.__pwned stays undefined), nothing from the content carries an event handler, and a click
 * on every link and a hover over every element change nothing.
 */
let browser: Browser
let dir: string
let server: FolderServer

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vplan-hostile-browser-'))
  const loaded = await loadPlan('tests/hostile/plan')
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const result = await buildPlan({ loaded, templates, formats: ['html'], fragment: true, composedFile: 'out/plan.md' })
  await writeFile(path.join(dir, 'plan.html'), String(result.outputs.html))
  await writeFile(path.join(dir, 'plan.fragment.html'), `<!doctype html><html lang="sv"><title>Fragment</title><body>${String(result.outputs.fragment)}</body></html>`)
  ;[browser, server] = await Promise.all([launchChromium(), serveFolder(dir)])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe.each(['plan.html', 'plan.fragment.html'])('%s in Chromium', (file) => {
  test('runs nothing from the content', async () => {
    const page = await browser.newPage()
    const dialogs: string[] = []
    const requests: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${server.url}${file}`)
    // Give onload/onerror/ontoggle handlers, were there any, a chance to fire; then poke the page.
    await page.mouse.move(10, 10)
    for (const link of await page.locator('main a, article a').all()) await link.hover().catch(() => undefined)
    await page.waitForTimeout(300)
    const report = await page.evaluate(() => {
      const handlers: string[] = []
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) if (/^on/i.test(attribute.name)) handlers.push(`${element.tagName}[${attribute.name}]`)
      }
      const hrefs = Array.from(document.querySelectorAll('[href],[src],[action]')).map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '')
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.querySelectorAll('script').length,
        svg: document.querySelectorAll('svg, math, iframe, object, embed, img, form').length,
        styled: document.querySelectorAll('[style]').length,
        handlers,
        unsafe: hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
        hidden: getComputedStyle(document.body).display,
      }
    })
    expect(dialogs).toEqual([])
    expect(report).toEqual({ pwned: undefined, scripts: 0, svg: 0, styled: 0, handlers: [], unsafe: [], hidden: 'block' })
    // The page makes no request of its own beyond itself.
    expect(requests.filter((url) => !url.endsWith(file))).toEqual([])
    await page.close()
  })
})
