import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, diffPlans, WorkBudget } from '../../src/diff/index.js'
import { alignBlocks } from '../../src/diff/narrative/align-blocks.js'
import { diffWords } from '../../src/diff/compare/diff-words.js'
import { knivstaBase, snapshot } from './make-plan.js'

// Real text from Knivsta chapter 3 (seeds/knivsta-sn-2024.txt).
const CHAPTER = `# Verksamhetsförutsättningar

Inom socialnämndens område finns en övergripande strategi att arbeta förebyggande och hälsofrämjande i enlighet med Agenda 2030s mål om hälsa och välbefinnande.

#### Förebyggande inriktning parallellt med behov av alltmer avancerat stöd

Under år 2024 kommer en utökad flora av metoder inom individuellt samtalsstöd, gruppstöd och föräldraskapsstöd att erbjudas invånarna från Råd och stöd.

Inom ekonomiskt bistånd och arbetsmarknadsåtgärder har volymerna inte rört sig nämnvärt under 2023 men mindre ökning kan väntas för 2024.

#### Sammanfattning

Sammantaget förväntas 2024 vara ett år präglat av stora som små förändringsarbeten.
`

const diffTexts = (before: string, after: string, budget?: WorkBudget) =>
  diffPlans(snapshot(knivstaBase(), { 'styrmodell.md': before }), snapshot(knivstaBase(), { 'styrmodell.md': after }), { budget })
const diffChapter = (after: string) => diffTexts(CHAPTER, after)

describe('narrative', () => {
  it('marks the changed words of a reworded paragraph', () => {
    const diff = diffChapter(CHAPTER.replace('kommer en utökad flora', 'kommer en bred flora'))
    expect(diff.changes).toHaveLength(1)
    expect(diff.changes[0]).toMatchObject({
      kind: 'text',
      path: ['Text', 'Verksamhetsförutsättningar', 'Förebyggande inriktning parallellt med behov av alltmer avancerat stöd', 'stycke 1'],
      parts: expect.arrayContaining([
        { op: 'delete', text: 'utökad' },
        { op: 'insert', text: 'bred' },
      ]),
    })
  })

  it('reports a moved section as one move, not a removal and an addition', () => {
    const [head, rest] = CHAPTER.split('#### Förebyggande')
    const [middle, summary] = rest!.split('#### Sammanfattning')
    const diff = diffChapter(`${head}#### Sammanfattning${summary}\n#### Förebyggande${middle}`)
    // Two sections swapped places: one of them moved (the other kept its place among the rest).
    expect(diff.changes.map((c) => c.kind)).toEqual(['moved'])
  })

  it('reports a renamed heading over unchanged text as renamed', () => {
    const diff = diffChapter(CHAPTER.replace('#### Sammanfattning', '#### Sammanfattning och slutsatser'))
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'renamed', old: 'Sammanfattning', new: 'Sammanfattning och slutsatser' })])
  })

  it('reports a paragraph moved to another section as moved', () => {
    const paragraph = 'Inom ekonomiskt bistånd och arbetsmarknadsåtgärder har volymerna inte rört sig nämnvärt under 2023 men mindre ökning kan väntas för 2024.\n\n'
    const after = CHAPTER.replace(paragraph, '') + '\n' + paragraph
    const diff = diffChapter(after)
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'moved', from: ['Text', 'Verksamhetsförutsättningar', 'Förebyggande inriktning parallellt med behov av alltmer avancerat stöd'], to: ['Text', 'Verksamhetsförutsättningar', 'Sammanfattning'] })])
  })

  it('reports added and removed paragraphs', () => {
    const diff = diffChapter(CHAPTER.replace('Sammantaget förväntas', 'Ett helt nytt stycke om något annat.\n\nSammantaget förväntas').replace(/Inom socialnämndens område[^\n]*\n/, ''))
    expect(diff.changes.map((c) => `${c.kind} ${c.path.at(-1)}`)).toEqual(['removed stycke 1', 'added stycke 1'])
  })
})

describe('the work bound', { timeout: 30_000 }, () => {
  it('aligns a rewritten chapter of thousands of paragraphs without the O(n·m) table', () => {
    const n = 3000 // 9 million cells: more than one alignment may use
    const before = Array.from({ length: n }, (_, i) => `Stycke ${i} i den gamla versionen.`)
    const after = Array.from({ length: n }, (_, i) => `Helt nytt stycke ${i}.`)
    const budget = new WorkBudget()
    const ops = alignBlocks(before, after, budget)
    expect(budget.degraded).toBe(1)
    expect(budget.steps).toBeLessThan(n)
    expect(ops.filter((op) => op.op === 'delete')).toHaveLength(n)
  })

  it('keeps the anchors that are unique on both sides when it cannot afford the full alignment', () => {
    const before = ['a', 'x', 'b', 'y', 'c']
    const after = ['a', 'b', 'z', 'c']
    const ops = alignBlocks(before, after, new WorkBudget(0))
    expect(ops.filter((op) => op.op === 'equal').map((op) => (op.op === 'equal' ? before[op.o] : ''))).toEqual(['a', 'b', 'c'])
  })

  it('shows a paragraph over the token cap as a whole replacement', () => {
    const long = Array.from({ length: DEFAULT_LIMITS.wordTokens }, (_, i) => `ord${i}`).join(' ')
    const budget = new WorkBudget()
    expect(diffWords(long, long.replace('ord5 ', 'ORD5 '), budget)).toBeNull()
    expect(budget.degraded).toBe(1)
    expect(budget.steps).toBe(0)
  })

  it('stops word diffs when the budget is spent, and never spends past it', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Stycke ${i}: ${'socialnämnden planerar verksamheten noga '.repeat(8)}`)
    const before = `# Kapitel\n\n${paragraphs.join('\n\n')}\n`
    const after = before.replace(/planerar/g, 'PLANERAR')
    const budget = new WorkBudget(10_000)
    const diff = diffTexts(before, after, budget)
    const texts = diff.changes.filter((c) => c.kind === 'text')
    expect(texts).toHaveLength(200)
    expect(budget.steps).toBeLessThanOrEqual(10_000)
    expect(budget.degraded).toBeGreaterThan(0)
    expect(texts.filter((c) => c.kind === 'text' && c.parts === null).length).toBeGreaterThan(0)
    expect(texts.filter((c) => c.kind === 'text' && c.parts !== null).length).toBeGreaterThan(0)
  })
})
