import type { ElementContent } from 'hast'
import type { Html, Link, LinkReference } from 'mdast'
import { defaultHandlers, type State } from 'mdast-util-to-hast'
import { isSafeUrl } from './safe-url.js'
import { quote, type Report } from './report.js'

/**
 * Narrative Markdown is written by many hands and pasted from many places, so what could carry
 * markup or script is removed here, where the mdast position is still known, and reported. The
 * sanitizer that runs afterwards is a second line, not the one that tells the user.
 */
export function createUntrustedHandlers(report: Report) {
  function link(state: State, node: Link): ElementContent | ElementContent[] | undefined {
    if (!isSafeUrl(node.url)) {
      reportUrl(report, node, node.url)
      return state.all(node)
    }
    // The sanitizer compares schemes case-sensitively; `HTTPS://` is a fine link, so say it in lower case.
    return defaultHandlers.link(state, { ...node, url: node.url.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase()) })
  }

  return {
    html(_state: State, node: Html): undefined {
      report(node, 'raw-html', `HTML i texten tas bort: "${quote(node.value)}". Skriv Markdown i stället.`)
      return undefined
    },

    link,

    /** `[text][ref]` with `[ref]: url` elsewhere: checked like an inline link. */
    linkReference(state: State, node: LinkReference): ElementContent | ElementContent[] | undefined {
      const definition = state.definitionById.get(String(node.identifier).toUpperCase())
      if (!definition) return defaultHandlers.linkReference(state, node)
      const reference: Link = { type: 'link', url: definition.url, title: definition.title, children: node.children }
      if (node.position) reference.position = node.position
      return link(state, reference)
    },
  }
}

function reportUrl(report: Report, node: Link | LinkReference, url: string): void {
  report(node, 'unsafe-url', `Länkadressen "${quote(url)}" är inte tillåten (bara http, https, mailto och tel) och togs bort; länktexten står kvar.`)
}
