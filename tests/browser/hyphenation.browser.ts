import { rm } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildPages, PLANS } from './support/build-pages.js'
import { launchChromium } from './support/chromium.js'
import { serveFolder, type FolderServer } from './support/serve-folder.js'

/*
 * Issue 13 item 4 in Chromium: at 320 px a long word in the table of contents or a heading wraps
 * only at one of vplan's soft hyphens, so the line ends in a hyphen; never between two letters.
 */
let browser: Browser
let pagesDir: string
let server: FolderServer

beforeAll(async () => {
  ;[browser, pagesDir] = await Promise.all([launchChromium(), buildPages()])
  server = await serveFolder(pagesDir)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (pagesDir) await rm(pagesDir, { recursive: true, force: true })
})

describe.each(PLANS)('%s at 320 px', (id) => {
  test('no word in the table of contents or a heading wraps without a hyphen, and some wrap with one', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } })
    await page.goto(`${server.url}${id}.html`)
    const found = await page.evaluate(() => {
      const top = (node: Text, at: number) => {
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        // A character just after a wrap may also get an empty box at the end of the line before.
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0)
        return boxes.at(-1)?.top ?? range.getBoundingClientRect().top
      }
      const letter = /\p{L}/u
      const unhyphenated: string[] = []
      let hyphenated = 0
      for (const element of document.querySelectorAll('nav a, h2, h3, h4, h5, h6')) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const text = node.data
          for (let i = 0; i + 1 < text.length; i++) {
            if (text[i] === '\u00ad') {
              if (letter.test(text[i - 1] ?? '') && letter.test(text[i + 1] ?? '') && top(node, i + 1) > top(node, i - 1) + 2) hyphenated++
            } else if (letter.test(text[i]!) && letter.test(text[i + 1]!) && top(node, i + 1) > top(node, i) + 2) {
              unhyphenated.push(`${text.slice(Math.max(0, i - 12), i + 1)}|${text.slice(i + 1, i + 12)}`.replaceAll('\u00ad', ''))
            }
          }
        }
      }
      return { unhyphenated, hyphenated }
    })
    await page.close()
    expect(found.unhyphenated).toEqual([])
    expect(found.hyphenated).toBeGreaterThan(0)
  })
})
