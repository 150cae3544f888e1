import type { z } from 'zod'
import { VplanError } from '../diagnostics/index.js'

export interface ClientOptions {
  /** The API's v3 base, e.g. https://api.kolada.se/v3. */
  api: string
  /** Per request, headers and body together (default 10 s). */
  timeoutMs?: number
  /** Attempts per request, the first included (default 3). */
  attempts?: number
  /** Wait before the first retry; doubled for each further one (default 500 ms). */
  retryDelayMs?: number
  /** The fetch to use (tests may pass their own; Node 20's global fetch by default). */
  fetch?: typeof fetch
}

export interface KoladaClient {
  readonly api: string
  /** GETs a URL under the API and validates the JSON; throws VplanError('environment') on any failure. */
  getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>>
}

/** A failure worth trying again: the network, a timeout, or the server's own trouble (5xx, 429). */
class Transient extends Error {}

export function createKoladaClient(options: ClientOptions): KoladaClient {
  const api = options.api.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 10_000
  const attempts = Math.max(1, options.attempts ?? 3)
  const retryDelayMs = options.retryDelayMs ?? 500
  const doFetch = options.fetch ?? fetch
  const origin = originOf(api)

  async function once(url: string): Promise<string> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      const response = await doFetch(url, { signal: controller.signal, headers: { accept: 'application/json' } })
      // The body is read under the same timer: a server that sends headers and then hangs is a timeout too.
      const body = await response.text()
      if (response.status >= 500 || response.status === 429) throw new Transient(`HTTP ${response.status} ${response.statusText}`.trim())
      if (!response.ok) throw fail(`${url} answered HTTP ${response.status} ${response.statusText}`.trim())
      return body
    } catch (error) {
      if (error instanceof VplanError || error instanceof Transient) throw error
      if (controller.signal.aborted) throw new Transient(`no answer within ${timeoutMs / 1000} s`)
      throw new Transient(networkReason(error))
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    api,
    async getJson(url, schema) {
      if (originOf(url) !== origin) throw fail(`the API pointed to ${url}, outside ${api}; not followed`)
      let last = ''
      for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) await sleep(retryDelayMs * 2 ** (attempt - 2))
        try {
          const body = await once(url)
          return parseBody(url, body, schema)
        } catch (error) {
          if (!(error instanceof Transient)) throw error
          last = error.message
        }
      }
      throw fail(`cannot fetch ${url}: ${last} (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`)
    },
  }
}

function parseBody<S extends z.ZodType>(url: string, body: string, schema: S): z.output<S> {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw fail(`${url} did not answer with JSON (${describeStart(body)})`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length ? issue.path.map(String).join('.') : 'the response'
    throw fail(`${url} answered in an unexpected shape: ${where}: ${issue.message}`)
  }
  return parsed.data
}

/** Every failure ends the command with one line and exit 2 (the caller adds what it kept). */
function fail(message: string): VplanError {
  return new VplanError('environment', `kolada: ${message}`)
}

function describeStart(body: string): string {
  const start = body.trim().slice(0, 40).replace(/\s+/g, ' ')
  return start ? `it begins "${start}"` : 'the body is empty'
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code) return `network error (${cause.code})`
  return `network error (${error instanceof Error ? error.message : String(error)})`
}

function originOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}`
  } catch {
    throw new VplanError('usage', `kolada: '${url}' is not an address (give the API's v3 base, e.g. https://api.kolada.se/v3)`)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
