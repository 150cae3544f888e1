import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One year's values as Kolada gives them; `null` is a value Kolada does not have (status Missing). */
export interface FakeYear { T: number | null; K?: number | null; M?: number | null }
export interface FakeKpi { title: string; description?: string; years: Record<number, FakeYear> }

/**
 * Knivsta's published figures (plans/knivsta-sn-2024/plan.yaml, from the adopted plan): the real
 * ids, the values the plan prints, and Missing where the plan's cell is empty.
 */
export const KNIVSTA: Record<string, FakeKpi> = {
  U21468: {
    title: 'Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)',
    description: 'Antal personer 65+ med hemtjänst som svarat mycket eller ganska nöjd på frågan om helhetssyn.',
    years: { 2021: { T: null, K: null, M: null }, 2022: { T: 85, K: 85, M: 85 }, 2023: { T: 94, K: 92, M: 96 } },
  },
  U23471: {
    title: 'Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)',
    years: { 2021: { T: null }, 2022: { T: 69 }, 2023: { T: 79 } },
  },
  N31814: {
    title: 'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%)',
    years: { 2021: { T: 27, K: 25, M: 29 }, 2022: { T: 23, K: 23, M: 23 }, 2023: { T: null, K: null, M: null } },
  },
}

export type Behaviour =
  | { kind: 'ok' }
  /** The first `times` requests answer HTTP 500, the rest normally. */
  | { kind: 'fail'; times: number; status?: number }
  /** Headers are never sent. */
  | { kind: 'hang' }
  | { kind: 'malformed' }
  /** Valid JSON in another shape (a value as a string). */
  | { kind: 'unexpected' }

export interface FakeKolada {
  /** The v3 base, e.g. http://127.0.0.1:PORT/v3. */
  api: string
  requests: string[]
  kpis: Record<string, FakeKpi>
  behaviour: Behaviour
  /** Values of other municipalities or groups (Riket "0000"), by code and id; the rest answer with `kpis`. */
  others: Record<string, Record<string, Record<number, FakeYear>>>
  /** Entries per page; a longer list gets a next_url. */
  pageSize: number
  close(): Promise<void>
}

/** A local stand-in for api.kolada.se/v3 that answers in the shapes of the v3 documentation. */
export async function startFakeKolada(kpis: Record<string, FakeKpi> = KNIVSTA): Promise<FakeKolada> {
  const hanging: ServerResponse[] = []
  let served = 0
  const state: FakeKolada = { api: '', requests: [], kpis: structuredClone(kpis), others: {}, behaviour: { kind: 'ok' }, pageSize: 100, close: async () => {} }
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    state.requests.push(req.url ?? '')
    served++
    const b = state.behaviour
    if (b.kind === 'hang') return void hanging.push(res)
    if (b.kind === 'fail' && served <= b.times) return void res.writeHead(b.status ?? 500, { 'content-type': 'text/plain' }).end('Internal Server Error')
    if (b.kind === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"count": 1, "values": [{"kpi": "U21468",')
    const url = new URL(req.url ?? '/', state.api)
    const body = answer(url, state)
    if (!body) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error": "not found"}')
    if (b.kind === 'unexpected') for (const v of body.values as { values?: { value: unknown }[] }[]) for (const x of v.values ?? []) x.value = String(x.value)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`
  state.close = async () => {
    for (const res of hanging) res.destroy()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return state
}

function answer(url: URL, state: FakeKolada): { count: number; values: unknown[]; next_url?: string } | undefined {
  const parts = url.pathname.split('/').filter(Boolean) // v3, kpi|data, ...
  let all: unknown[]
  if (parts[1] === 'kpi' && parts.length === 2) {
    const title = (url.searchParams.get('title') ?? '').toLowerCase()
    all = Object.entries(state.kpis).filter(([, k]) => k.title.toLowerCase().includes(title)).map(([id, k]) => kpiEntry(id, k))
  } else if (parts[1] === 'kpi' && parts.length === 3) {
    all = parts[2]!.split(',').flatMap((id) => (state.kpis[id] ? [kpiEntry(id, state.kpis[id]!)] : []))
  } else if (parts[1] === 'data' && parts[2] === 'kpi' && parts[4] === 'municipality' && parts[6] === 'year') {
    const ids = parts[3]!.split(',')
    if (ids.length > 25) return { count: 0, values: [] } // Kolada refuses more; the test checks none is sent
    const years = parts[7]!.split(',').map(Number)
    all = ids.flatMap((id) =>
      years.flatMap((year) => {
        const other = state.others[parts[5]!]
        const y = other ? other[id]?.[year] : state.kpis[id]?.years[year]
        if (!y) return []
        const values = (['T', 'K', 'M'] as const).flatMap((gender) =>
          y[gender] === undefined ? [] : [{ gender, count: 1, status: y[gender] === null ? 'Missing' : '', value: y[gender] }],
        )
        return [{ kpi: id, municipality: parts[5], period: year, values }]
      }),
    )
  } else return undefined
  const page = Number(url.searchParams.get('page') ?? '1')
  const slice = all.slice((page - 1) * state.pageSize, page * state.pageSize)
  const next = new URL(url.href)
  next.searchParams.set('page', String(page + 1))
  return { count: slice.length, values: slice, ...(page * state.pageSize < all.length ? { next_url: next.href } : {}) }
}

function kpiEntry(id: string, k: FakeKpi) {
  return { id, title: k.title, description: k.description ?? '', is_divided_by_gender: k.years[2022]?.K !== undefined ? 1 : 0, operating_area: 'Äldreomsorg' }
}
