import type { z } from 'zod'
import { VplanError } from '../diagnostics/index.js'
import type { KoladaClient } from './http-client.js'

/** Far more than any plan needs (Kolada pages hold up to 5000 entries); a loop of next_urls stops here. */
const MAX_PAGES = 200

/** GETs a list and every page after it (`next_url`), in order. */
export async function fetchPages<E, S extends z.ZodType<{ values: E[]; next_url?: string | null | undefined }>>(
  client: KoladaClient,
  first: string,
  schema: S,
): Promise<E[]> {
  const entries: E[] = []
  const seen = new Set<string>()
  let url: string | undefined = first
  while (url !== undefined) {
    if (seen.has(url) || seen.size >= MAX_PAGES) throw new VplanError('environment', `kolada: the API's next_url pages do not end (at ${url})`)
    seen.add(url)
    const page = (await client.getJson(url, schema)) as z.output<S>
    entries.push(...page.values)
    // next_url is absolute in Kolada's answers; a relative one is taken against the page it came from.
    url = page.next_url ? new URL(page.next_url, url).href : undefined
  }
  return entries
}

/** Kolada accepts at most 25 ids in one request. */
export const MAX_IDS_PER_REQUEST = 25

export function batches<T>(items: readonly T[], size = MAX_IDS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
