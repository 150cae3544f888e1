import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VplanError } from '../../src/diagnostics/index.js'
import { parseJson } from '../../src/load/parse-json.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function thrown(fn: () => unknown): VplanError {
  try {
    fn()
  } catch (error) {
    if (error instanceof VplanError) return error
    throw error
  }
  throw new Error('did not throw')
}

describe('parseJson', () => {
  it('returns what JSON.parse returns', () => {
    expect(parseJson('{"a": [1]}', 'x.json')).toEqual({ a: [1] })
  })

  it('throws an input error with one diagnostic at the line and column, also where V8 gives no position', () => {
    const error = thrown(() => parseJson('{\n  "page": {\n    "size": }\n}\n', 'templates/x/template.json', 'template-json'))
    expect(error.kind).toBe('input')
    expect(error.diagnostics).toEqual([
      { file: 'templates/x/template.json', line: 3, column: 13, severity: 'error', ruleId: 'template-json', message: expect.stringMatching(/^not valid JSON: Unexpected token/) },
    ])
  })

  it.each([
    ['{"a":}', 1, 6],
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a": 1} x', 1, 10],
    ['[1,\n2,,3]', 2, 3],
    [' \n{"a":tru}', 2, 6],
  ])('%j stops being JSON at %i:%i', (text, line, column) => {
    expect(thrown(() => parseJson(text, 'p.json')).diagnostics[0]).toMatchObject({ line, column })
  })

  it('puts a text that ends too early at its end', () => {
    expect(thrown(() => parseJson('{\n  "a": [1,', 'p.json')).diagnostics[0]).toMatchObject({ line: 2, column: 11, ruleId: 'json-syntax' })
  })
})

describe('loadTemplateSet', () => {
  let temp = ''
  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'vplan-template-json-'))
    await cp(path.join(ROOT, 'templates'), temp, { recursive: true })
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('reports a broken template.json at its line and column', async () => {
    const file = path.join(temp, 'knivsta', 'template.json')
    await writeFile(file, '{\n  "numberHeadings": true,\n}\n')
    const error = await loadTemplateSet('knivsta', [temp]).then(() => { throw new Error("loaded") }, (e: unknown) => e as VplanError)
    expect(error).toBeInstanceOf(VplanError)
    expect(error.diagnostics).toEqual([
      { file: path.relative(process.cwd(), file), line: 3, column: 1, severity: 'error', ruleId: 'template-json', message: expect.stringMatching(/^not valid JSON: /) },
    ])
  })

  it('reports a broken pdf-style.json the same way', async () => {
    const file = path.join(temp, 'danderyd', 'pdf-style.json')
    await writeFile(file, '{"page": [1 2]}')
    const error = await loadTemplateSet('danderyd', [temp]).then(() => { throw new Error("loaded") }, (e: unknown) => e as VplanError)
    expect(error.diagnostics[0]).toMatchObject({ file: path.relative(process.cwd(), file), line: 1, column: 13, ruleId: 'template-json' })
  })

  it('reports an unknown template where it was asked for', async () => {
    const error = await loadTemplateSet('nowhere', [temp], { file: 'plans/a/plan.yaml', position: { line: 9, column: 13 } }).then(() => { throw new Error("loaded") }, (e: unknown) => e as VplanError)
    expect(error.kind).toBe('input')
    expect(error.diagnostics).toEqual([
      { file: 'plans/a/plan.yaml', line: 9, column: 13, severity: 'error', ruleId: 'unknown-template', message: expect.stringMatching(/^unknown template 'nowhere'/) },
    ])
  })
})
