import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { EventStream, ServerEvent } from './event-stream.js'
import { injectLiveReload, renderWaitingPage } from './inject-live-reload.js'
import { isAllowedHost } from './is-allowed-host.js'
import { CLIENT_PATH, EVENTS_PATH, LIVE_RELOAD_CLIENT } from './live-reload-client.js'
import type { PreviewState } from './rebuild.js'

export interface ServerOptions {
  state: PreviewState
  events: EventStream
  /** Resolves when the PDF being rendered (if any) is done, so /<id>.pdf is never a stale draft. */
  pdfIdle(): Promise<void>
  boundToLoopback: boolean
}

type Body = { type: string; body: string | Uint8Array }

/** The preview's routes: the page, its PDF and Markdown, the reload script and the event stream. */
export function createPreviewServer(options: ServerOptions): Server {
  return createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, request, 500, text(`vplan serve: ${(error as Error).message}\n`))
      else response.end()
    })
  })
}

async function handle(options: ServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { state } = options
  if (!isAllowedHost(request.headers.host, options.boundToLoopback)) {
    return send(response, request, 403, text('vplan serve answers only to localhost\n'))
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    return send(response, request, 405, text('only GET and HEAD\n'))
  }
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
  switch (pathname) {
    case '/':
    case '/index.html':
      return send(response, request, 200, {
        type: 'text/html; charset=utf-8',
        body: injectLiveReload(state.html ?? renderWaitingPage(state.id), state.version),
      })
    case CLIENT_PATH:
      return send(response, request, 200, { type: 'text/javascript; charset=utf-8', body: LIVE_RELOAD_CLIENT })
    case EVENTS_PATH:
      return options.events.connect(request, response, () => greet(state))
    case `/${state.id}.md`:
      return state.md === undefined ? notYet(response, request) : send(response, request, 200, { type: 'text/markdown; charset=utf-8', body: state.md })
    case `/${state.id}.pdf`:
      await options.pdfIdle()
      return state.pdf === undefined ? notYet(response, request, state.pdfError) : send(response, request, 200, { type: 'application/pdf', body: state.pdf })
    default:
      return send(response, request, 404, text(`not found: ${pathname}\n`))
  }
}

/** A page that connects learns the current version (it reloads if it is behind) and any errors. */
function greet(state: PreviewState): ServerEvent[] {
  const events: ServerEvent[] = [{ type: 'html', data: { version: state.version } }]
  if (state.problems.length > 0) events.push({ type: 'problems', data: { diagnostics: state.problems } })
  return events
}

function notYet(response: ServerResponse, request: IncomingMessage, reason?: string): void {
  response.setHeader('Retry-After', '1')
  send(response, request, 503, text(`not built: ${reason ?? 'the plan has errors (see the page or the terminal)'}\n`))
}

function text(body: string): Body {
  return { type: 'text/plain; charset=utf-8', body }
}

function send(response: ServerResponse, request: IncomingMessage, status: number, { type, body }: Body): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': bytes.byteLength,
    // A preview is always the latest draft; a cached page would hide the last save.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}
