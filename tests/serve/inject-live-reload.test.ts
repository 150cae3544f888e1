import { describe, expect, test } from 'vitest'
import { allowLiveReload, injectLiveReload } from '../../src/serve/inject-live-reload.js'

const PAGE = `<!doctype html>
<html lang="sv"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'">
<title>t</title></head>
<body><main>x</main></body></html>`

describe('injectLiveReload', () => {
  test('adds one external script before </body> and allows it and the event stream in the policy', () => {
    const html = injectLiveReload(PAGE, 7)
    expect(html).toContain(`<script src="/__vplan/client.js" data-vplan-version="7"></script>\n</body>`)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; script-src 'self'; connect-src 'self'"`)
    expect(html.match(/<script/g)).toHaveLength(1)
    // Nothing inline: the policy never needs 'unsafe-inline' for scripts.
    expect(html).not.toMatch(/<script>/)
  })

  test('replaces a stricter script-src instead of adding a second one (the first would win)', () => {
    expect(allowLiveReload("default-src 'none'; script-src 'none'; connect-src https://x")).toBe(
      "default-src 'none'; script-src 'self'; connect-src 'self'",
    )
  })

  test('a page without </body> or a policy still gets the script', () => {
    expect(injectLiveReload('<p>x</p>', 1)).toBe('<p>x</p><script src="/__vplan/client.js" data-vplan-version="1"></script>\n')
  })
})
