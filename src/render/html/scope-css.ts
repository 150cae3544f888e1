import postcss, { type AtRule, type Rule } from 'postcss'
import selectorParser from 'postcss-selector-parser'

/**
 * Elements a fragment contains. Their host-page styles are reverted first (`all: revert`), so a
 * host rule like `.content table` or `h2` does not leak in; vplan's own rules come after and
 * override the revert. Reverting leaves inherited properties to be inherited, so the article
 * itself starts from initial values instead: a host's `* { letter-spacing }` or
 * `body { color }` stops at its edge.
 */
const FRAGMENT_ELEMENTS =
  'header, nav, section, div, p, span, a, strong, em, b, i, del, code, pre, kbd, blockquote, hr, br, sup, sub, time, input, ' +
  'h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, caption, colgroup, col, thead, tbody, tfoot, tr, th, td'

function resetRules(scope: string): postcss.Rule[] {
  const decl = (prop: string, value: string) => postcss.decl({ prop, value })
  const elements = `.${scope} :is(${FRAGMENT_ELEMENTS})`
  return [
    postcss.rule({ selector: `.${scope}`, nodes: [decl('all', 'initial'), decl('display', 'block'), decl('box-sizing', 'border-box')] }),
    postcss.rule({ selector: elements, nodes: [decl('all', 'revert'), decl('box-sizing', 'border-box')] }),
    // A host's `li::before { content: "» " }` would add text to the plan.
    postcss.rule({ selector: `${elements}::before, ${elements}::after`, nodes: [decl('all', 'revert')] }),
  ]
}

/** Page-only at-rules: `@page` would change how the whole host page prints; `@import` would fetch. */
const DROPPED_AT_RULES = new Set(['page', 'import', 'charset'])

const cache = new Map<string, string>()
const MAX_CACHED = 8

/**
 * The page stylesheet turned into a fragment stylesheet: every selector scoped under the
 * fragment's root class, class and id names prefixed like the markup, `html`/`body`/`:root`
 * becoming the root itself (so custom properties and base typography land on the article),
 * host styles reverted and every declaration made !important against the host's theme.
 */
export function scopeCss(css: string, prefix: string): string {
  const key = `${prefix}\n${css}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const scope = `${prefix}article`
  const root = postcss.parse(css)
  root.walkAtRules((rule: AtRule) => {
    if (DROPPED_AT_RULES.has(rule.name.toLowerCase())) rule.remove()
  })
  const transform = selectorParser((selectors) => scopeSelectors(selectors, scope, prefix))
  root.walkRules((rule: Rule) => {
    if (isInsideKeyframes(rule)) return
    rule.selector = transform.processSync(rule.selector)
  })
  root.prepend(...resetRules(scope))
  // A CMS theme styles content with rules like `.portlet table td` (0,1,2) or `#content p`,
  // which would beat any scoped selector. An !important declaration beats every normal one
  // whatever its specificity, so the fragment's own sheet is all !important; among themselves
  // its rules still cascade by specificity and order as on the page.
  root.walkDecls((decl) => {
    // Inside @keyframes an !important declaration is ignored altogether.
    if (decl.parent?.type === 'rule' && isInsideKeyframes(decl.parent as Rule)) return
    decl.important = true
    // A custom property's value keeps its spaces, which would stand before the `!important`.
    if (decl.prop.startsWith('--')) decl.value = decl.value.trim()
  })
  const scoped = root.toString()
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!)
  cache.set(key, scoped)
  return scoped
}

function scopeSelectors(selectors: selectorParser.Root, scope: string, prefix: string): void {
  selectors.each((selector) => {
    selector.walkClasses((node) => void (node.value = prefix + node.value))
    selector.walkIds((node) => void (node.value = prefix + node.value))
    let rooted = false
    selector.walk((node) => {
      const isRoot = (node.type === 'tag' && /^(html|body)$/i.test(node.value)) || (node.type === 'pseudo' && node.value === ':root')
      if (!isRoot) return
      const root = selectorParser.className({ value: scope })
      root.spaces = { ...node.spaces }
      node.replaceWith(root)
      rooted = true
    })
    if (!rooted) {
      // The whitespace after a comma belongs to the first node; it moves to the scope in front of it.
      const first = selector.first
      const root = selectorParser.className({ value: scope })
      root.spaces.before = first?.spaces.before ?? ''
      if (first) first.spaces.before = ''
      selector.prepend(selectorParser.combinator({ value: ' ' }))
      selector.prepend(root)
    }
  })
}

function isInsideKeyframes(rule: Rule): boolean {
  const parent = rule.parent
  return parent?.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)
}
