import { h } from 'hastscript'
import type { Element, ElementContent, Root } from 'hast'
import type { PlanDocument } from '../../document/index.js'
import { buildHeader } from './build-header.js'
import { prefixNames } from './prefix-names.js'
import { scopeCss } from './scope-css.js'
import { styleText } from './render-page.js'
import { PAGE_IDS } from './unique-ids.js'

/** Class and id prefix of the CMS fragment; its root is `.vplan-article`. */
export const FRAGMENT_PREFIX = 'vplan-'

/**
 * One `<article>` to paste into a CMS page: header, TOC and content as on the full page, with its
 * own stylesheet scoped to the article. No skip link (the host page has its own) and no
 * `<main>`/`<footer>` landmarks (the host page owns those).
 */
export function buildFragment(doc: PlanDocument, content: Root, toc: Element | undefined, css: string): Element {
  const nav = toc
    ? h('nav.toc', { ariaLabelledBy: PAGE_IDS.tocTitle }, [h('h2.toc-title', { id: PAGE_IDS.tocTitle }, doc.layout.tocTitle), toc])
    : undefined
  const article = h('article.article', { lang: 'sv' }, [buildHeader(doc.meta, doc.logo), nav, h('div.content', content.children as ElementContent[])])
  prefixNames(article, FRAGMENT_PREFIX)
  article.children.unshift(h('style', styleText(scopeCss(css, FRAGMENT_PREFIX))))
  return article
}
