import type { IncomingMessage, ServerResponse } from 'node:http'

export interface EventStream {
  /** Answers a request with a server-sent-events stream; `greet` gives the events a new client needs first. */
  connect(request: IncomingMessage, response: ServerResponse, greet: () => ServerEvent[]): void
  send(event: ServerEvent): void
  readonly clients: number
  close(): void
}

export interface ServerEvent {
  type: string
  data: unknown
}

/** Proxies and idle timeouts drop silent connections; a comment line every so often keeps it open. */
const HEARTBEAT_MS = 20_000
/** How soon EventSource reconnects after the server went away (e.g. restarted). */
const RETRY_MS = 1_000

export function createEventStream(heartbeatMs = HEARTBEAT_MS): EventStream {
  const clients = new Set<ServerResponse>()
  const heartbeat = setInterval(() => clients.forEach((client) => client.write(': ping\n\n')), heartbeatMs)
  heartbeat.unref()

  return {
    connect(request, response, greet) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Content-Type-Options': 'nosniff',
      })
      response.write(`retry: ${RETRY_MS}\n\n`)
      for (const event of greet()) response.write(formatEvent(event))
      clients.add(response)
      request.on('close', () => clients.delete(response))
    },
    send(event) {
      const text = formatEvent(event)
      clients.forEach((client) => client.write(text))
    },
    get clients() {
      return clients.size
    },
    close() {
      clearInterval(heartbeat)
      clients.forEach((client) => client.end())
      clients.clear()
    },
  }
}

/** One SSE message; JSON never holds a raw newline, so `data:` stays one line. */
export function formatEvent(event: ServerEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`
}
