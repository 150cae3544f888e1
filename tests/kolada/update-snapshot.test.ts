import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { formatDiagnostic, VplanError } from '../../src/diagnostics/index.js'
import { updateKoladaSnapshot } from '../../src/kolada/index.js'
import { displayPath } from '../../src/load/index.js'
import { KoladaSnapshot } from '../../src/model/index.js'
import { parse } from 'yaml'
import { startFakeKolada, type FakeKolada, type FakeKpi } from './support/fake-kolada.js'
import { copyKnivsta, lineOf } from './support/plan-copy.js'

const NOW = new Date('2026-12-07T10:00:00Z')
let kolada: FakeKolada

beforeEach(async () => {
  kolada = await startFakeKolada()
})
afterEach(async () => {
  await kolada.close()
})

const run = (dir: string, extra: Partial<Parameters<typeof updateKoladaSnapshot>[0]> = {}) =>
  updateKoladaSnapshot({ dir, api: kolada.api, now: NOW, retryDelayMs: 5, timeoutMs: 2000, ...extra })

const snapshotOf = (dir: string) => KoladaSnapshot.parse(parse(readFileSync(path.join(dir, 'kolada.yaml'), 'utf8')))

describe('vplan kolada: fetching into kolada.yaml', () => {
  test("writes Knivsta's published values, split by gender, Missing as ~", async () => {
    const dir = copyKnivsta()
    const result = await run(dir)
    const snapshot = snapshotOf(dir)
    expect(snapshot).toMatchObject({ source: 'Kolada', api: kolada.api, retrieved: '2026-12-07', municipality: '0330', years: [2021, 2022, 2023], unknown: [] })
    expect(snapshot.kpis.U21468!.values['2022']).toEqual({ T: { value: 85 }, K: { value: 85 }, M: { value: 85 } })
    expect(snapshot.kpis.U21468!.values['2023']).toEqual({ T: { value: 94 }, K: { value: 92 }, M: { value: 96 } })
    expect(snapshot.kpis.U21468!.values['2021']!.T).toEqual({ value: null, status: 'Missing' })
    expect(snapshot.kpis.U23471!.values['2022']).toEqual({ T: { value: 69 } })
    expect(snapshot.kpis.N31814!.values['2021']).toEqual({ T: { value: 27 }, K: { value: 25 }, M: { value: 29 } })
    expect(snapshot.kpis.U21468!.title).toBe('Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)')
    // U21468 2022 and 2023 (T, K, M), U23471 2022 and 2023, N31814 2021 and 2022 (T, K, M).
    expect(result.summary.added).toHaveLength(14)
    expect(result.summary.changed).toEqual([])
    expect(result.summary.missing).toEqual([{ kpi: 'N31814', year: 2023 }, { kpi: 'U21468', year: 2021 }, { kpi: 'U23471', year: 2021 }])
    // The seed's stated figures agree with Kolada: nothing to warn about.
    expect(result.diagnostics).toEqual([])
    expect(kolada.requests).toEqual([
      '/v3/kpi/N31814,U21468,U23471',
      '/v3/data/kpi/N31814,U21468,U23471/municipality/0330/year/2021,2022,2023',
    ])
  })

  test('follows next_url through every page', async () => {
    kolada.pageSize = 2
    const dir = copyKnivsta()
    await run(dir)
    expect(kolada.requests.filter((r) => r.startsWith('/v3/data/'))).toHaveLength(5) // 9 entries, 2 a page
    expect(kolada.requests.filter((r) => r.startsWith('/v3/kpi/'))).toHaveLength(2)
    expect(Object.keys(snapshotOf(dir).kpis['N31814']!.values)).toEqual(['2021', '2022', '2023'])
    expect(snapshotOf(dir).kpis.U23471!.values['2023']).toEqual({ T: { value: 79 } })
  })

  test('asks for at most 25 ids per request', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `N${90000 + i}`)
    for (const [i, id] of ids.entries()) kolada.kpis[id] = { title: `Nyckeltal ${i}`, years: { 2022: { T: i } } } satisfies FakeKpi
    const rows = ids.map((id) => `          - { name: "Nyckeltal ${id}", kolada: ${id}, values: [~, ~, ~] }\n`).join('')
    const dir = copyKnivsta((y) => y.replace('        rows:\n          # K = kvinnor, M = män\n', `        rows:\n${rows}`))
    await run(dir)
    const data = kolada.requests.filter((r) => r.startsWith('/v3/data/'))
    expect(data.map((r) => r.split('/')[4]!.split(',').length)).toEqual([25, 8])
    expect(snapshotOf(dir).kpis.N90029!.values['2022']).toEqual({ T: { value: 29 } })
  })

  test('retries after HTTP 500 and then succeeds', async () => {
    kolada.behaviour = { kind: 'fail', times: 2 }
    const dir = copyKnivsta()
    await run(dir)
    expect(kolada.requests.slice(0, 3)).toEqual(Array(3).fill('/v3/kpi/N31814,U21468,U23471'))
    expect(snapshotOf(dir).kpis.U21468!.values['2022']!.T).toEqual({ value: 85 })
  })

  test('an unknown id is a warning at the id in plan.yaml', async () => {
    const dir = copyKnivsta((y) => y.replace('kolada: U23471', 'kolada: U99999'))
    const result = await run(dir)
    expect(snapshotOf(dir).unknown).toEqual(['U99999'])
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${displayPath(dir)}/plan.yaml:${lineOf(dir, 'kolada: U99999')}:21: warning: Kolada does not know U99999: check the id at kolada.se (vplan kolada --search "words of its title") [kolada-unknown-id]`,
    ])
  })

  test('reports what changed since the previous snapshot', async () => {
    const dir = copyKnivsta()
    await run(dir)
    kolada.kpis.U21468!.years[2023] = { T: 95, K: 92, M: 97 }
    kolada.kpis.N31814!.years[2023] = { T: 22, K: 21, M: 23 }
    const result = await run(dir)
    expect(result.summary.changed).toEqual([
      { kpi: 'U21468', year: 2023, gender: 'T', before: 94, after: 95 },
      { kpi: 'U21468', year: 2023, gender: 'M', before: 96, after: 97 },
    ])
    expect(result.summary.added.map((c) => `${c.kpi} ${c.year} ${c.gender}`)).toEqual(['N31814 2023 T', 'N31814 2023 K', 'N31814 2023 M'])
    // The plan states 94 for 2023, which Kolada has now revised: the user hears of it at once.
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      "kolada-mismatch stated value 94 for 'Utfall 2023' differs from Kolada: U21468 has 95 in kolada.yaml (retrieved 2026-12-07)",
      "kolada-mismatch stated value 96 for 'Utfall 2023' (män) differs from Kolada: U21468 has 97 in kolada.yaml (retrieved 2026-12-07)",
    ])
  })

  test('reports each request batch to the progress callback (the CLI passes one on a terminal)', async () => {
    const lines: string[] = []
    await run(copyKnivsta(), { progress: (line) => lines.push(line) })
    expect(lines).toEqual(['kolada: request 1/2: metadata for 3 KPIs', 'kolada: request 2/2: values of 3 KPIs for 2021,2022,2023'])
  })

  test('--years overrides the outcome columns', async () => {
    const dir = copyKnivsta()
    await run(dir, { years: [2022] })
    expect(snapshotOf(dir).years).toEqual([2022])
    expect(kolada.requests.at(-1)).toBe('/v3/data/kpi/N31814,U21468,U23471/municipality/0330/year/2022')
  })
})

describe('vplan kolada: failures keep the old snapshot byte for byte', () => {
  const failures: [string, () => void, RegExp][] = [
    ['HTTP 500 on every attempt', () => (kolada.behaviour = { kind: 'fail', times: 99 }), /HTTP 500 Internal Server Error \(3 attempts\)/],
    ['HTTP 404', () => (kolada.behaviour = { kind: 'fail', times: 99, status: 404 }), /answered HTTP 404/],
    ['a hanging server', () => (kolada.behaviour = { kind: 'hang' }), /no answer within 0.2 s \(3 attempts\)/],
    ['malformed JSON', () => (kolada.behaviour = { kind: 'malformed' }), /did not answer with JSON \(it begins "\{"count": 1/],
    ['JSON in an unexpected shape', () => (kolada.behaviour = { kind: 'unexpected' }), /unexpected shape: values\.0\.values\.0\.value/],
  ]
  test.each(failures)('%s', async (_, arrange, message) => {
    const dir = copyKnivsta()
    await run(dir)
    const before = readFileSync(path.join(dir, 'kolada.yaml'))
    kolada.kpis.U21468!.years[2023] = { T: 1, K: 1, M: 1 }
    arrange()
    const error = await run(dir, { timeoutMs: 200 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VplanError)
    expect((error as VplanError).kind).toBe('environment')
    expect((error as VplanError).exitCode).toBe(2)
    expect((error as VplanError).message).toMatch(message)
    expect((error as VplanError).message).toMatch(/kolada\.yaml is unchanged$/)
    expect((error as VplanError).message).not.toContain('\n')
    expect(readFileSync(path.join(dir, 'kolada.yaml')).equals(before)).toBe(true)
  }, 15_000)

  test('no server at the address', async () => {
    const dir = copyKnivsta()
    await run(dir)
    const before = readFileSync(path.join(dir, 'kolada.yaml'))
    const api = kolada.api
    await kolada.close()
    const error = (await updateKoladaSnapshot({ dir, api, retryDelayMs: 5 }).catch((e: unknown) => e)) as VplanError
    expect(error.message).toMatch(/network error \(ECONNREFUSED\) \(3 attempts\); .*kolada\.yaml is unchanged/)
    expect(readFileSync(path.join(dir, 'kolada.yaml')).equals(before)).toBe(true)
    kolada = await startFakeKolada() // for afterEach
  })

  test('a plan without municipalityCode is refused at meta', async () => {
    const dir = copyKnivsta((y) => y.replace(/  municipalityCode: .*\n/, ''))
    const error = (await run(dir).catch((e: unknown) => e)) as VplanError
    expect(error.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${lineOf(dir, 'municipality:')}:3 missing-municipality-code`])
    expect(kolada.requests).toEqual([])
  })

  test('an unquoted kommunkod is refused with a hint, before any request', async () => {
    const dir = copyKnivsta((y) => y.replace('municipalityCode: "0330"', 'municipalityCode: 0330'))
    const error = (await run(dir).catch((e: unknown) => e)) as VplanError
    expect(error.diagnostics.map(formatDiagnostic).join('\n')).toContain(`plan.yaml:${lineOf(dir, 'municipalityCode')}:21: error:`)
    expect(error.diagnostics[0]!.message).toContain('skriv kommunkoden inom citattecken')
    expect(kolada.requests).toEqual([])
  })
})
