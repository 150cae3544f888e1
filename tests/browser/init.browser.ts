import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { formatViolations, runAxe } from './support/axe.js'
import { launchChromium } from './support/chromium.js'
import { serveFolder, type FolderServer } from './support/serve-folder.js'

/* A plan fresh from `vplan init`, placeholders and empty cells included, published as it is. */
let browser: Browser
let server: FolderServer
const cwd = mkdtempSync(path.join(os.tmpdir(), 'vplan-init-browser-'))

function vplan(...args: string[]): void {
  const result = spawnSync(process.execPath, [path.resolve('bin/vplan.js'), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) throw new Error(`vplan ${args.join(' ')} failed:\n${result.stderr}`)
}

beforeAll(async () => {
  vplan('init', 'plans/sigtuna-sn-2025', '--municipality', 'Sigtuna kommun', '--board', 'Socialnämnden', '--year', '2025')
  vplan('build', 'plans/sigtuna-sn-2025', '--format', 'html')
  ;[browser, server] = await Promise.all([launchChromium(), serveFolder(path.join(cwd, 'out'))])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(cwd, { recursive: true, force: true })
})

test('a new plan from vplan init passes axe-core (WCAG 2.1 A/AA) at 1280 px and 320 px', async () => {
  for (const width of [1280, 320]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${server.url}sigtuna-sn-2025.html`)
    expect(await page.locator('h1').first().textContent()).toContain('Verksamhetsplan 2025')
    const { violations } = await runAxe(page)
    await page.close()
    expect(violations, `${width} px:\n${formatViolations(violations)}`).toEqual([])
  }
})
