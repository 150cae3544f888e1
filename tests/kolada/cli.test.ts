import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startFakeKolada, type FakeKolada } from './support/fake-kolada.js'
import { copyKnivsta, knivstaFromKolada } from './support/plan-copy.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
let kolada: FakeKolada

beforeAll(async () => {
  kolada = await startFakeKolada()
})
afterAll(async () => {
  await kolada.close()
})
beforeEach(() => {
  kolada.behaviour = { kind: 'ok' }
  kolada.requests.length = 0
})

/** The compiled CLI, run asynchronously: the stand-in server answers from this process. */
function vplan(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; stdout: string; lines: string[] }>((resolve) => {
    execFile(
      process.execPath,
      ['bin/vplan.js', ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', VPLAN_KOLADA_API: kolada.api, VPLAN_KOLADA_RETRY_DELAY_MS: '5', ...env } },
      (error, stdout, stderr) => resolve({ status: error ? Number((error as { code?: number }).code) : 0, stdout, lines: stderr.split('\n').filter(Boolean) }),
    )
  })
}

describe('vplan kolada (the compiled CLI)', () => {
  test('writes kolada.yaml and prints the summary; no progress lines when stderr is not a terminal', async () => {
    const dir = copyKnivsta()
    const result = await vplan(['kolada', dir])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.lines).toEqual([
      `${path.join(dir, 'kolada.yaml')}: 14 new values, 0 changed, 3 still missing`,
      '  missing N31814 2023',
      '  missing U21468 2021',
      '  missing U23471 2021',
    ])
    const yaml = readFileSync(path.join(dir, 'kolada.yaml'), 'utf8')
    expect(yaml).toContain('      "2022":\n        T: { value: 85 }\n        K: { value: 85 }\n        M: { value: 85 }\n')
    expect(yaml).toContain('municipality: "0330"\nyears: [ 2021, 2022, 2023 ]\n')
    expect(yaml).toContain('      "2021":\n        T: { value: ~, status: Missing }\n')
  })

  test('--api wins over the environment, and an HTTP error is one line and exit 2', async () => {
    const dir = copyKnivsta()
    kolada.behaviour = { kind: 'fail', times: 99 }
    const result = await vplan(['kolada', dir, '--api', `${kolada.api}/`], { VPLAN_KOLADA_API: 'http://127.0.0.1:9/v3' })
    expect(result.status).toBe(2)
    expect(result.lines).toEqual([
      `vplan: kolada: cannot fetch ${kolada.api}/kpi/N31814,U21468,U23471: HTTP 500 Internal Server Error (3 attempts); ${path.join(dir, 'kolada.yaml')} is unchanged`,
    ])
  })

  test('a timeout is one line and exit 2', async () => {
    const dir = copyKnivsta()
    kolada.behaviour = { kind: 'hang' }
    const result = await vplan(['kolada', dir], { VPLAN_KOLADA_TIMEOUT_MS: '150' })
    expect(result.status).toBe(2)
    expect(result.lines).toHaveLength(1)
    expect(result.lines[0]).toMatch(/no answer within 0.15 s \(3 attempts\)/)
  })

  test('--search lists id and title on stdout', async () => {
    const result = await vplan(['kolada', '--search', 'brukarbedömning'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      'U21468\tBrukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)\nU23471\tBrukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)\n',
    )
    expect(kolada.requests).toEqual(['/v3/kpi?title=brukarbed%C3%B6mning'])
  })

  test('usage errors: --years must be years', async () => {
    const result = await vplan(['kolada', copyKnivsta(), '--years', '2022,22'])
    expect(result.status).toBe(2)
    expect(result.lines).toEqual(["vplan: --years takes years separated by commas, e.g. 2021,2022,2023, got '2022,22'"])
    expect(kolada.requests).toEqual([])
  })

  test('build, check and diff read only the snapshot: not one request', async () => {
    const dir = copyKnivsta(knivstaFromKolada)
    expect((await vplan(['kolada', dir])).status).toBe(0)
    const other = copyKnivsta(knivstaFromKolada, 'other')
    expect((await vplan(['kolada', other])).status).toBe(0)
    kolada.requests.length = 0
    const out = path.join(path.dirname(dir), 'out')
    expect((await vplan(['check', dir])).status).toBe(0)
    expect((await vplan(['build', dir, '--out', out, '--format', 'md,html'])).status).toBe(0)
    expect(readFileSync(path.join(out, 'knivsta-sn-2024.md'), 'utf8')).toContain('| – | 85 (K: 85, M: 85) | 94 (K: 92, M: 96) |')
    expect((await vplan(['diff', dir, other])).status).toBe(0)
    expect(kolada.requests).toEqual([])
  }, 60_000)
})
