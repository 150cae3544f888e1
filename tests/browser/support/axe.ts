import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { AxeResults, Result } from 'axe-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface AxeOptions {
  /** Only this part of the page (a CSS selector), e.g. the fragment inside a host page. */
  include?: string
  /** Only these rules (default: every rule with the WCAG 2.0/2.1 A and AA tags). */
  rules?: string[]
}

/**
 * Runs axe-core in the page. The script goes in through the DevTools protocol (page.evaluate),
 * not a <script> tag, so the page's own CSP stays as published.
 */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<Pick<AxeResults, 'violations' | 'incomplete'>> {
  await page.evaluate(AXE_SOURCE)
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: WCAG_TAGS }
  return page.evaluate(
    async ({ include, runOnly }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe
      const { violations, incomplete } = await axe.run(include ? { include: [[include]] } : document, { runOnly, resultTypes: ['violations', 'incomplete'] })
      return { violations, incomplete }
    },
    { include: options.include, runOnly },
  )
}

/** One readable block per violation: what, how bad, where (selectors) and why. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} – ${v.helpUrl}`,
        ...v.nodes.slice(0, 8).map((node) => `  ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
        v.nodes.length > 8 ? `  … and ${v.nodes.length - 8} more` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n')
}

/**
 * axe cannot judge text contrast over a background gradient (the tables' scroll shadows) and
 * leaves such text "incomplete". This paints every gradient background as a solid colour: its
 * darkest stop laid over the element's own background colour, the worst case a reader can meet.
 */
export async function flattenGradients(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rgba = (text: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (text.match(/[\d.]+/g) ?? []).map(Number)
      return { r, g, b, a: text.startsWith('rgba') ? a : 1 }
    }
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let flattened = 0
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el)
      if (!style.backgroundImage.includes('gradient')) continue
      const base = rgba(style.backgroundColor)
      const ground = base.a === 0 ? { r: 255, g: 255, b: 255 } : base
      const stops = (style.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).map(rgba)
      const composed = stops.map(({ r, g, b, a }) => ({ r: a * r + (1 - a) * ground.r, g: a * g + (1 - a) * ground.g, b: a * b + (1 - a) * ground.b }))
      const darkest = composed.sort((x, y) => luminance(x) - luminance(y))[0] ?? ground
      // important: the CMS fragment declares its own styles !important.
      el.style.setProperty('background-image', 'none', 'important')
      el.style.setProperty('background-color', `rgb(${darkest.r}, ${darkest.g}, ${darkest.b})`, 'important')
      flattened += 1
    }
    return flattened
  })
}
