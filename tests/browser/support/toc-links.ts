import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Clicks every in-page link of the table of contents (more than five are expected) and waits until
 * the section it names is scrolled into view; with `checkHash`, the address bar must name it too.
 */
export async function expectTocLinksReachSections(page: Page, toc: string, { checkHash = false } = {}): Promise<void> {
  const links = await page.$$eval(`${toc} a[href^="#"]`, (as) => as.map((a) => a.getAttribute('href')!))
  expect(links.length).toBeGreaterThan(5)
  for (const href of links) {
    await page.click(`${toc} a[href="${href}"]`)
    const target = decodeURIComponent(href.slice(1))
    await expect
      .poll(
        () =>
          page.evaluate(
            ({ targetId, hash }) => {
              const el = document.getElementById(targetId)
              if (!el) return 'missing'
              if (hash && decodeURIComponent(location.hash.slice(1)) !== targetId) return `hash ${location.hash}`
              const { top } = el.getBoundingClientRect()
              return top >= -1 && top < innerHeight ? 'in view' : `top ${Math.round(top)}`
            },
            { targetId: target, hash: checkHash },
          ),
        { timeout: 3000, message: href },
      )
      .toBe('in view')
  }
}
