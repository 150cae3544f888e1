import { CLIENT_PATH } from './live-reload-client.js'

const CSP_META = /(<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=)(["'])(.*?)\2/i

/**
 * The built page forbids every script and connection (`default-src 'none'`), which is right for
 * publishing. The preview needs exactly one script from its own origin and one event stream, so it
 * widens the policy by those two and adds the script tag. The built files are never touched.
 */
export function injectLiveReload(html: string, version: number): string {
  const withPolicy = html.replace(CSP_META, (_all, start: string, quote: string, policy: string) => `${start}${quote}${allowLiveReload(policy)}${quote}`)
  const tag = `<script src="${CLIENT_PATH}" data-vplan-version="${version}"></script>\n`
  const end = withPolicy.search(/<\/body\s*>/i)
  return end === -1 ? withPolicy + tag : withPolicy.slice(0, end) + tag + withPolicy.slice(end)
}

/** Sets `script-src 'self'` and `connect-src 'self'` (for the event stream), keeping every other directive. */
export function allowLiveReload(policy: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(script-src|connect-src)(\s|$)/i.test(directive))
  return [...directives, "script-src 'self'", `connect-src 'self'`].join('; ')
}

/** Shown while the plan has never built since the server started; the overlay explains why. */
export function renderWaitingPage(id: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(id)} – förhandsvisning</title>
</head>
<body>
<main>
<h1>${escapeHtml(id)}</h1>
<p>Planen har inte gått att bygga ännu. Felen visas nedan; sidan laddas om när planen går att bygga.</p>
</main>
</body>
</html>
`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
