import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlan, locatePathDiagnostics } from '../../src/load/index.js'
import { FIXTURES } from './helpers.js'

describe('locate()', () => {
  it('finds nested values in plan.yaml', async () => {
    const loaded = await loadPlan(path.join(FIXTURES, 'valid-minimal'))
    expect(loaded.locate(['meta'])).toEqual({ line: 4, column: 3 })
    expect(loaded.locate(['meta', 'year'])).toEqual({ line: 6, column: 9 })
    expect(loaded.locate(['document', 2, 'block'])).toEqual({ line: 13, column: 12 })
    // budget.operating.rows[1].values[2] is the 7114 of Färdtjänst och riksfärdtjänst.
    expect(loaded.locate(['budget', 'operating', 'rows', 1, 'values', 2])).toEqual({ line: 24, column: 30 })
    expect(loaded.locate(['budget', 'operating', 'total', 'values', 0])).toEqual({ line: 28, column: 16 })
  })

  it('falls back to the nearest existing ancestor for paths that are absent', async () => {
    const loaded = await loadPlan(path.join(FIXTURES, 'valid-minimal'))
    const rows = loaded.locate(['budget', 'operating', 'rows'])
    expect(loaded.locate(['budget', 'operating', 'rows', 9, 'values', 0])).toEqual(rows)
    // `goals` is filled in by a default; it is nowhere in the file, so the whole plan is meant.
    expect(loaded.locate(['goals', 0])).toEqual({ line: 3, column: 1 })
  })

  it('follows merge keys and aliases to where a value is written', async () => {
    const loaded = await loadPlan(path.join(FIXTURES, 'valid-merge-keys'))
    expect(loaded.plan.investments?.unit).toBe('tkr')
    // investments.unit comes from `<<: *drift`: it is written under budget.operating.
    expect(loaded.locate(['investments', 'unit'])).toEqual({ line: 18, column: 11 })
    expect(loaded.locate(['investments', 'rows', 0, 'values', 0])).toEqual({ line: 37, column: 16 })
  })

  it('places later stages\' path diagnostics in plan.yaml', async () => {
    const loaded = await loadPlan(path.join(FIXTURES, 'valid-minimal'))
    const located = locatePathDiagnostics(loaded, [
      { path: ['budget', 'operating', 'total', 'values', 2], severity: 'warning', ruleId: 'total-mismatch', message: 'the stated total 6618 ...' },
    ])
    expect(located).toEqual([
      {
        file: path.join('tests', 'fixtures', 'load', 'valid-minimal', 'plan.yaml'),
        line: 28,
        column: 28,
        severity: 'warning',
        ruleId: 'total-mismatch',
        message: 'the stated total 6618 ...',
      },
    ])
  })
})
