import { readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { diagnosticsOf, FIXTURES, relativeTo } from './helpers.js'

/**
 * Each folder under tests/fixtures/load/ is a plan and its expected.json the diagnostics it must
 * give (message: a substring). `UPDATE=1 npx vitest run tests/load` rewrites expected.json from
 * what the loader says now; review the diff before committing.
 */
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

const RULE_IDS = new Set([
  'yaml-syntax', 'duplicate-key', 'invalid-type', 'invalid-value', 'unknown-key', 'missing-key', 'missing-file',
  'path-escape', 'not-utf8', 'binary-file', 'empty-plan', 'not-a-mapping', 'alias-limit',
])

describe('load fixtures', () => {
  it('has a fixture for each broken-input class and valid ones', () => {
    for (const name of ['valid-minimal', 'valid-merge-keys', 'yaml-syntax', 'duplicate-key', 'invalid-type',
      'invalid-value', 'bad-number', 'unknown-key', 'missing-key', 'union-part', 'missing-file', 'path-escape',
      'empty-plan', 'comments-only', 'not-a-mapping', 'alias-limit']) {
      expect(cases).toContain(name)
    }
  })

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name)
      const actual = relativeTo(dir, await diagnosticsOf(dir))
      const expectedFile = path.join(dir, 'expected.json')
      if (process.env.UPDATE) {
        await writeFile(expectedFile, JSON.stringify(actual, null, 2) + '\n')
        return
      }
      const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as typeof actual
      const withoutMessage = ({ message: _, ...rest }: (typeof actual)[number]) => rest
      expect(actual.map(withoutMessage)).toEqual(expected.map(withoutMessage))
      expected.forEach((d, i) => expect(actual[i]!.message).toContain(d.message))
      // A fixture named after a rule shows that rule and nothing else: one mistake, one message.
      if (RULE_IDS.has(name)) {
        expect(actual.length).toBeGreaterThan(0)
        for (const d of actual) expect(d.ruleId).toBe(name)
      }
    })
  }
})
