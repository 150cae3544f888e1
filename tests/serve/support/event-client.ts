import { get, type IncomingMessage } from 'node:http'

export interface ReceivedEvent {
  type: string
  data: any
  /** performance.now() when the event arrived. */
  at: number
}

export interface EventClient {
  events: ReceivedEvent[]
  /** The first event of `type` (one of them, matching `test`) after the first `since` events received. */
  waitFor(type: string | string[], options?: { since?: number; test?: (data: any) => boolean; timeoutMs?: number }): Promise<ReceivedEvent>
  close(): void
}

/** A minimal EventSource for Node tests: parses `event:`/`data:` blocks from the stream. */
export async function connectEvents(url: string): Promise<EventClient> {
  const events: ReceivedEvent[] = []
  const listeners = new Set<() => void>()
  const response = await new Promise<IncomingMessage>((resolve, reject) => get(url, resolve).on('error', reject))
  if (response.statusCode !== 200) throw new Error(`event stream answered ${response.statusCode}`)
  let buffer = ''
  response.setEncoding('utf8')
  response.on('data', (chunk: string) => {
    buffer += chunk
    let end: number
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const type = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (type && data !== undefined) events.push({ type, data: JSON.parse(data), at: performance.now() })
    }
    listeners.forEach((listener) => listener())
  })
  response.on('error', () => undefined) // the server closing the stream ends the test's client too

  return {
    events,
    waitFor(type, { since = 0, test = () => true, timeoutMs = 10_000 } = {}) {
      return new Promise((resolve, reject) => {
        const types = Array.isArray(type) ? type : [type]
        const check = () => {
          const found = events.slice(since).find((e) => types.includes(e.type) && test(e.data))
          if (!found) return
          cleanup()
          resolve(found)
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`no '${types.join("' or '")}' event within ${timeoutMs} ms; got ${JSON.stringify(events.slice(since).map((e) => e.type))}`))
        }, timeoutMs)
        const cleanup = () => {
          clearTimeout(timer)
          listeners.delete(check)
        }
        listeners.add(check)
        check()
      })
    },
    close() {
      response.destroy()
    },
  }
}
