import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlanFrom } from '../../src/load/index.js'
import { formatDataPath } from '../../src/load/format-data-path.js'
import { editDistance, suggestKey } from '../../src/model/index.js'
import { FIXTURES, memoryReader, rejection } from './helpers.js'

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

/** Loads valid-minimal with `find` replaced by `replace`; returns "line:column rule message" lines. */
async function problems(find: string, replace: string): Promise<string[]> {
  const text = await readFile(path.join(FIXTURES, 'valid-minimal', 'plan.yaml'), 'utf8')
  expect(text).toContain(find)
  const reader = memoryReader({ 'plan.yaml': text.replace(find, replace), [CHAPTER]: '# Styr\n' })
  const diagnostics = await rejection(loadPlanFrom('p', 'p', reader))
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)
}

const PART = '  - file: kapitel/01-styr-och-ledningsmodell.md'
const ROW = '      - label: Nämnd- och styrelseverksamhet\n        values: [1427, 1456, 1456]'

describe('messages for schema problems', () => {
  it('a document part with two kinds at once', async () => {
    expect(await problems(PART, `${PART}\n    markdown: "# Styr- och ledningsmodell"`)).toEqual([
      '11:5 invalid-value document[0]: expected exactly one of: file, markdown, block, found file and markdown',
    ])
  })

  it('an empty document part', async () => {
    expect(await problems(PART, '  - {}')).toEqual(['11:5 missing-key document[0]: expected one of: file, markdown, block'])
  })

  it('a document part written as bare text', async () => {
    expect(await problems(PART, '  - kapitel/01-styr-och-ledningsmodell.md')).toEqual([
      '11:5 invalid-type document[0]: expected a mapping with one of: file, markdown, block, found text "kapitel/01-styr-och-ledningsmodell.md"',
    ])
  })

  it('a block kind that does not exist suggests the closest one', async () => {
    expect(await problems('  - block: operatingBudget', '  - block: operatingbudget')).toEqual([
      "13:12 invalid-value document[2].block: expected one of: 'goals', 'operatingBudget', 'multiYearBudget', 'responsibilityBudget', 'investments', 'volumes', 'suppliers', 'goalOverview', 'chart', found text \"operatingbudget\" – did you mean 'operatingBudget'?",
    ])
  })

  it('a misspelt chart block is told about chart too (another option of the same union takes it)', async () => {
    expect(await problems('  - block: operatingBudget', '  - block: chrat')).toEqual([
      "13:12 invalid-value document[2].block: expected one of: 'goals', 'operatingBudget', 'multiYearBudget', 'responsibilityBudget', 'investments', 'volumes', 'suppliers', 'goalOverview', 'chart', found text \"chrat\" – did you mean 'chart'?",
    ])
  })

  it('a misspelt key that is also required gives one message, not two', async () => {
    expect(await problems('      - label: Nämnd', '      - labl: Nämnd')).toEqual([
      "21:9 unknown-key unknown key 'labl' in budget.operating.rows[0]: did you mean 'label'?",
    ])
  })

  it('an unknown key with nothing close lists the valid keys', async () => {
    expect(await problems(ROW, `${ROW}\n        kommentar: x`)).toEqual([
      "23:9 unknown-key unknown key 'kommentar' in budget.operating.rows[0]: valid keys here: id, label, values, rows",
    ])
  })

  it('a missing key is reported at the mapping that lacks it', async () => {
    expect(await problems('  board: Socialnämnden\n', '')).toEqual([
      "4:3 missing-key meta: missing required key 'board', expected text",
    ])
  })

  it('an empty value is reported at its key', async () => {
    expect(await problems('  title: Verksamhetsplan 2024 för Socialnämnden', '  title:')).toEqual([
      '7:3 invalid-type meta.title: expected text, found an empty value',
    ])
  })

  it('an empty list where entries are required', async () => {
    expect(await problems(`${PART}\n  - markdown: "# Nämndens driftsbudget"\n  - block: operatingBudget`, '  []')).toEqual([
      '11:3 invalid-value document: expected at least 1 entry, found an empty list',
    ])
  })

  it('a date in the wrong form keeps the schema author\'s hint', async () => {
    expect(await problems('date: "2023-12-01"', 'date: 2023/12/01')).toEqual([
      '8:9 invalid-value meta.date: text "2023/12/01" is not written the expected way – datum skrivs ÅÅÅÅ-MM-DD eller, om bara månaden är känd, ÅÅÅÅ-MM',
    ])
  })

  it('a date may be a month or left out; a day the calendar lacks is an error at the date', async () => {
    expect(await problems('date: "2023-12-01"', 'date: 2023-12')).toEqual([])
    expect(await problems('  date: "2023-12-01"\n', '')).toEqual([])
    expect(await problems('date: "2023-12-01"', 'date: 2023-02-30')).toEqual([
      '8:9 invalid-value meta.date: invalid value text "2023-02-30" – ingen sådan dag eller månad finns – datum skrivs ÅÅÅÅ-MM-DD eller, om bara månaden är känd, ÅÅÅÅ-MM',
    ])
  })

  it('the document particulars: each bad value at its place, with how to write it', async () => {
    const particulars = (lines: string[]) => problems('date: "2023-12-01"', ['date: 2023-12', ...lines].join('\n  '))
    expect(await particulars(['registrationNumber: SN 2023/123', 'decision: { body: Socialnämnden, date: 2023-12-04, paragraph: 123 }', 'validity: 2024', 'owner: Socialchef'])).toEqual([])
    expect(await particulars(['decision:', '  date: 2023-12'])).toEqual(["10:5 missing-key meta.decision: missing required key 'body', expected text"])
    expect(await particulars(['decision: { body: Socialnämnden, paragraph: "§ 12 b c" }'])).toEqual([
      '9:47 invalid-value meta.decision.paragraph: text "§ 12 b c" is not written the expected way – paragrafen skrivs 123 eller "§ 123"',
    ])
    expect(await particulars(['validity: 2026-2024'])).toEqual([
      '9:13 invalid-value meta.validity: invalid value text "2026-2024" – perioden slutar före sin början eller har en dag som inte finns – giltighetstid skrivs 2024, 2024-2026 eller 2024-01-01/2024-12-31',
    ])
    expect(await particulars(['validity: helår 2024'])).toEqual([
      '9:13 invalid-value meta.validity: text "helår 2024" is not written the expected way – giltighetstid skrivs 2024, 2024-2026 eller 2024-01-01/2024-12-31',
    ])
    expect(await particulars(['owner: ""'])).toEqual(['9:10 invalid-value meta.owner: must not be empty'])
    expect(await particulars(['registrationNumber: "SN\\n2023"'])).toEqual([
      '9:23 invalid-value meta.registrationNumber: text "SN\\n2023" is not written the expected way – skriv texten på en rad',
    ])
  })

  it('a cell that is neither a number nor empty', async () => {
    expect(await problems('[1427, 1456, 1456]', '[1427, true, 1456]')).toEqual([
      '22:24 invalid-type budget.operating.rows[0].values[1]: expected a number (1427, 34.61, "1 427" or "34,61") or ~ (empty), found true',
    ])
  })

  it('indicator values: a misspelt women/men key and a value of the wrong type', async () => {
    const goals = [
      'goals:',
      '  - title: Vård, stöd och omsorg med kvalitet (SN)',
      '    indicatorTables:',
      '      - columns: ["Utfall 2021", "Utfall 2022", "Utfall 2023"]',
      '        rows:',
      '          - name: Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)',
      '            values: [~, { total: 85, wommen: 85, men: 85 }, yes]',
      '',
      'budget:',
    ].join('\n')
    expect(await problems('budget:', goals)).toEqual([
      "21:38 unknown-key unknown key 'wommen' in goals[0].indicatorTables[0].rows[0].values[1]: did you mean 'women'?",
      '21:61 invalid-value goals[0].indicatorTables[0].rows[0].values[2]: expected a number, found text "yes" – skriv talet som 1427 eller 1 427, med decimalkomma (34,61) eller decimalpunkt (34.61)',
    ])
  })
})

describe('suggestKey', () => {
  it('finds typos, swapped letters and case slips', () => {
    expect(suggestKey('goalz', ['meta', 'document', 'goals', 'budget'])).toBe('goals')
    expect(suggestKey('bugdet', ['meta', 'document', 'goals', 'budget'])).toBe('budget')
    expect(suggestKey('Meta', ['meta', 'document'])).toBe('meta')
    expect(suggestKey('kommentar', ['id', 'label', 'values', 'rows'])).toBeUndefined()
  })

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('formatDataPath', () => {
  it('reads like the YAML it points into', () => {
    expect(formatDataPath(['budget', 'operating', 'rows', 3, 'values', 1])).toBe('budget.operating.rows[3].values[1]')
    expect(formatDataPath(['$schema'])).toBe('$schema')
    expect(formatDataPath(['meta', 'x-y'])).toBe('meta["x-y"]')
  })
})
