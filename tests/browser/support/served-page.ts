import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { formatViolations, runAxe } from './axe.js'
import { launchChromium } from './chromium.js'
import { serveFolder, type FolderServer } from './serve-folder.js'

/** One built page served over HTTP to a Chromium of its own, as a browser test needs it. */
export interface ServedPage {
  open(width: number, height?: number): Promise<Page>
  close(): Promise<void>
}

export async function servePage(file: string, html: string): Promise<ServedPage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vplan-browser-'))
  await writeFile(path.join(dir, file), html)
  const [browser, server]: [Browser, FolderServer] = await Promise.all([launchChromium(), serveFolder(dir)])
  return {
    async open(width, height = 900) {
      const page = await browser.newPage({ viewport: { width, height } })
      await page.goto(`${server.url}${file}`, { waitUntil: 'load' })
      return page
    },
    async close() {
      await browser.close()
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** axe-core's WCAG 2.1 A/AA rules find nothing at each width. */
export async function expectNoAxeViolations(served: ServedPage, widths: readonly number[] = [1280, 320]): Promise<void> {
  for (const width of widths) {
    const page = await served.open(width)
    const { violations } = await runAxe(page)
    await page.close()
    expect(violations, `${width} px:\n${formatViolations(violations)}`).toEqual([])
  }
}
