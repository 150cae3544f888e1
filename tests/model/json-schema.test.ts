import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { Plan } from '../../src/model/index.js'
import { planJsonSchema } from '../../src/model/json-schema.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'load')
const SCHEMA_FILE = path.join(ROOT, 'schema', 'plan.schema.json')

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; definitions?: Record<string, JsonSchema>; items?: JsonSchema }

/**
 * Fixtures whose plan.yaml is valid YAML holding a mapping: the ones the two validators can judge.
 * (Syntax, alias and encoding cases stop before any schema is consulted.)
 */
async function judgeableFixtures(): Promise<{ name: string; data: unknown }[]> {
  const names = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
  const judged: { name: string; data: unknown }[] = []
  for (const name of names.sort()) {
    const text = await readFile(path.join(FIXTURES, name, 'plan.yaml'), 'utf8')
    try {
      const data = parse(text, { uniqueKeys: true, merge: true, maxAliasCount: 100 })
      if (data && typeof data === 'object' && !Array.isArray(data)) judged.push({ name, data })
    } catch {
      // not YAML a validator could see
    }
  }
  return judged
}

/**
 * Where JSON Schema cannot say what zod checks: a string that is not a Swedish number passes as
 * "number or string" (the transform that parses it has no JSON Schema form).
 */
const KNOWN_DIFFERENCES = new Set(['bad-number'])

describe('schema/plan.schema.json', () => {
  it('is current (run `npm run schema` after changing src/model)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '')
    const current = JSON.stringify(planJsonSchema(), null, 2) + '\n'
    expect(committed === current, 'schema/plan.schema.json is stale: run `npm run schema` and commit the result').toBe(true)
  })

  it('is a valid draft-07 schema with an $id and a title', () => {
    const schema = planJsonSchema()
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema.$id).toBe('plan.schema.json')
    expect(schema.title).toBe('vplan plan.yaml')
    const ajv = new Ajv({ strict: false })
    expect(ajv.validateSchema(schema)).toBe(true)
  })

  it('agrees with zod on every fixture plan', async () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(planJsonSchema())
    const fixtures = await judgeableFixtures()
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(['valid-minimal', 'invalid-type', 'unknown-key']))
    for (const { name, data } of fixtures) {
      const byAjv = validate(data)
      const byZod = Plan.safeParse(data).success
      if (KNOWN_DIFFERENCES.has(name)) {
        expect([name, byAjv, byZod]).toEqual([name, true, false])
        continue
      }
      expect([name, byAjv]).toEqual([name, byZod])
    }
    const verdicts = Object.fromEntries(fixtures.map(({ name, data }) => [name, validate(data)]))
    expect(verdicts).toMatchObject({
      'valid-minimal': true,
      'valid-merge-keys': true,
      'swedish-numbers': true,
      'invalid-type': false,
      'invalid-value': false,
      'unknown-key': false,
      'missing-key': false,
      'union-part': false,
    })
  })

  it('carries Swedish descriptions for editors to show on hover', () => {
    const schema = planJsonSchema() as JsonSchema
    const meta = schema.properties!.meta!
    expect(meta.properties!.municipality!.description).toMatch(/Kommunens namn/)
    expect(meta.properties!.date!.description).toMatch(/Dokumentets datum/)
    expect(schema.properties!.budget!.properties!.operating!.description).toBe('Driftsbudget')
    expect(schema.properties!.document!.description).toBe('Dokumentets delar i ordning')
    expect(schema.definitions!.MoneyRow!.description).toMatch(/En rad i en beloppstabell/)
    for (const [key, property] of Object.entries(meta.properties!)) {
      expect([key, typeof property.description]).toEqual([key, 'string'])
    }
  })
})
