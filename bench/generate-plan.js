#!/usr/bin/env node
// Synthetic but realistic plans: the real 2024 plans' sentences, headings, indicators and budget
// labels recombined, at a size given in pages. Usage: node bench/generate-plan.js --pages 200 --out DIR
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { Document, isScalar, visit } from 'yaml'
import { readCorpus } from './lib/seed-corpus.js'
import { createRandom, slug } from './lib/random.js'

/** Calibrated against the PDF renderer (see docs/bench.md): what fills one A4 page. */
export const PER_PAGE = { narrativeChars: 3550, tableRows: 32, goalPages: 2.35 }
/**
 * Share of the pages per kind of content, the same at every size so cost per page compares. The
 * data shares are what keeps plan.yaml of a 1000-page plan under the loader's 512 KB limit.
 */
const MIX = { narrative: 0.885, goals: 0.05, operating: 0.025, responsibility: 0.01, volumes: 0.018, suppliers: 0.012 }

export function generatePlan({ pages, seed = 2024 }) {
  const random = createRandom(seed + pages)
  const corpus = readCorpus()
  const rows = (share) => Math.max(5, Math.round(pages * share * PER_PAGE.tableRows))
  const chapters = narrativeChapters(random, corpus, Math.max(2, pages * MIX.narrative))
  const half = Math.ceil(chapters.length / 2)
  const document = [
    ...chapters.slice(0, half).map((c) => ({ file: c.file })),
    { markdown: '# Mål, uppdrag och indikatorer' }, { block: 'goals' },
    { markdown: '# Nämndens driftsbudget' }, { block: 'operatingBudget' },
    { markdown: '# Budget per ansvar' }, { block: 'responsibilityBudget' },
    { markdown: '# Volymer och nyckeltal' }, { block: 'volumes' },
    { markdown: '# Investeringsplan' }, { block: 'investments' },
    { markdown: '# Uppföljningsplan av privata utförare' }, { block: 'suppliers' },
    ...chapters.slice(half).map((c) => ({ file: c.file })),
  ]
  const plan = {
    meta: {
      municipality: 'Exempelstads kommun', board: 'Socialnämnden', year: 2024,
      title: `Verksamhetsplan 2024 för Socialnämnden (syntetisk, ${pages} sidor)`,
      adopted: 'Syntetisk plan för prestandamätning, sammansatt av texterna i 2024 års planer',
      date: '2023-12-01', template: 'knivsta', keywords: ['verksamhetsplan', 'benchmark'],
    },
    document,
    goals: goals(random, corpus, Math.max(1, Math.round((pages * MIX.goals) / PER_PAGE.goalPages))),
    budget: {
      operating: moneyTable(random, corpus, 'driftsbudget', rows(MIX.operating), true),
      byResponsibility: moneyTable(random, corpus, 'budget-per-ansvar', rows(MIX.responsibility), false),
    },
    investments: moneyTable(random, corpus, 'investeringar', 8, false),
    volumes: volumes(random, corpus, rows(MIX.volumes)),
    suppliers: suppliers(random, corpus, rows(MIX.suppliers)),
  }
  const files = new Map(chapters.map((c) => [c.file, c.text]))
  files.set('plan.yaml', '# yaml-language-server: $schema=../../schema/plan.schema.json\n' + toYaml(plan))
  return files
}

/** Lists of plain values on one line (`values: [1427, 1456, 1456]`), as the seeds write them. */
function toYaml(plan) {
  const doc = new Document(plan)
  visit(doc, { Seq: (_, node) => void (node.flow = node.items.every(isScalar)) })
  return doc.toString({ lineWidth: 0 })
}

export function writePlan(dir, files) {
  rmSync(dir, { recursive: true, force: true })
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
}

function narrativeChapters(random, corpus, pages) {
  const chapters = []
  let budget = pages * PER_PAGE.narrativeChars
  while (budget > 0) {
    const n = chapters.length + 1
    const title = random.pick(corpus.headings)
    const text = chapterText(random, corpus, title, Math.min(budget, random.int(4, 10) * PER_PAGE.narrativeChars))
    budget -= text.length
    chapters.push({ file: `kapitel/${String(n).padStart(3, '0')}-${slug(title)}.md`, text })
  }
  return chapters
}

function chapterText(random, corpus, title, chars) {
  const out = [`# ${title}`, paragraph(random, corpus)]
  let length = 0
  while (length < chars) {
    const block = nextBlock(random, corpus)
    out.push(block)
    length += block.length
  }
  return out.join('\n\n') + '\n'
}

function nextBlock(random, corpus) {
  const roll = random.next()
  const heading = (level) => `${'#'.repeat(level)} ${random.pick(corpus.headings)}\n\n${paragraph(random, corpus)}`
  if (roll < 0.06) return heading(2)
  if (roll < 0.12) return heading(3)
  if (roll < 0.18) return heading(4)
  if (roll < 0.28) return random.some(corpus.items, random.int(3, 6)).map((item) => `- ${item}`).join('\n')
  return paragraph(random, corpus)
}

const paragraph = (random, corpus) => random.some(corpus.sentences, random.int(2, 6)).join(' ')
const paragraphs = (random, corpus, count) => Array.from({ length: count }, () => paragraph(random, corpus)).join('\n\n') + '\n'

function goals(random, corpus, count) {
  return Array.from({ length: count }, (_, g) => ({
    id: `mal-${g + 1}`,
    title: `${random.pick(corpus.goalTitles)} (${g + 1})`,
    label: 'Inriktningsmål Kommunfullmäktige',
    description: paragraphs(random, corpus, 2),
    focusIntro: 'Målet betyder att verksamheterna ska inriktas på att:',
    focus: random.some(corpus.items, 5),
    assignments: Array.from({ length: 3 }, (_, a) => ({
      id: `uppdrag-${g + 1}-${a + 1}`, text: random.pick(corpus.assignments), period: '2024-2026', level: 'Uppdrag från kommunfullmäktige',
    })),
    indicatorTables: [indicatorTable(random, corpus, `ind-${g + 1}`, 'direction')],
    boardGoals: Array.from({ length: 2 }, (_, b) => ({
      id: `namndmal-${g + 1}-${b + 1}`,
      title: random.pick(corpus.boardGoalTitles),
      description: paragraphs(random, corpus, 2),
      indicatorTables: [indicatorTable(random, corpus, `ind-${g + 1}-${b + 1}`, b === 0 ? 'direction' : 'target')],
      indicatorSource: 'Nyckeltalen hämtas ur Kolada',
    })),
  }))
}

function indicatorTable(random, corpus, id, judgement) {
  const columns = judgement === 'direction' ? ['Utfall 2021', 'Utfall 2022', 'Prognos 2023'] : []
  const rows = Array.from({ length: random.int(3, 5) }, (_, i) => {
    const source = random.pick(corpus.indicators)
    const row = { id: `${id}-${i + 1}`, name: source.name }
    if (source.kolada) row.kolada = source.kolada
    if (judgement === 'direction') {
      row.values = columns.map(() => (random.next() < 0.1 ? null : random.int(5, 95)))
      row.direction = random.pick(['Öka', 'Minska', 'Bibehålla'])
    } else {
      row.target = random.pick(['>88%', '<8,71%', '>92%', 'NY', '7%', '>-12%'])
      if (source.description) row.description = source.description
    }
    return row
  })
  return { id, columns, judgement, rows }
}

function moneyTable(random, corpus, id, count, grouped) {
  const columns = ['KF-budget 2023', 'KF-budget 2024', 'Nämndbudget 2024']
  const leaf = (n) => ({ id: `${id}-${n}`, label: `${random.pick(corpus.budgetLabels)}, enhet ${n}`, values: columns.map(() => random.int(-500, 60000)) })
  const rows = []
  for (let n = 1; n <= count; ) {
    if (!grouped || random.next() < 0.2) {
      rows.push(leaf(n++))
      continue
    }
    const size = random.int(4, 12)
    const group = { id: `${id}-grupp-${n}`, label: random.pick(corpus.budgetLabels), rows: [] }
    for (let i = 0; i < size && n <= count; i++) group.rows.push(leaf(n++))
    rows.push(group)
  }
  return { id, caption: `${id === 'driftsbudget' ? 'Nämndens driftsbudget' : 'Budget'} (tkr)`, unit: 'tkr', labelHeader: 'Verksamhet', columns, rows, total: { label: 'Summa' } }
}

function volumes(random, corpus, count) {
  const columns = ['Utfall 2020', 'Utfall 2021', 'Utfall 2022', 'Prognos 2023', 'Plan 2024']
  const groups = []
  for (let n = 1; n <= count; ) {
    const rows = Array.from({ length: random.int(2, 6) }, () => {
      const source = random.pick(corpus.volumeNames)
      const row = { id: `volym-${n++}`, name: source.name, values: columns.map(() => (random.next() < 0.08 ? null : random.int(3, 9000))) }
      if (source.unit) row.unit = source.unit
      return row
    })
    groups.push({ id: `omrade-${groups.length + 1}`, area: random.pick(corpus.areas), rows })
  }
  return { id: 'volymer', columns, groups }
}

function suppliers(random, corpus, count) {
  return { id: 'privata-utforare', rows: Array.from({ length: count }, (_, i) => ({ year: 2024 + Math.floor((i * 3) / count), ...random.pick(corpus.suppliers) })) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '50' }, out: { type: 'string' }, seed: { type: 'string', default: '2024' } } })
  const out = values.out ?? `bench/.cache/plans/synthetic-${values.pages}`
  writePlan(out, generatePlan({ pages: Number(values.pages), seed: Number(values.seed) }))
  process.stderr.write(`wrote ${out}\n`)
}
