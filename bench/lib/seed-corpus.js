// The real 2024 plans cut into reusable pieces: sentences, headings, list items, row labels.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { SEEDS } from './paths.js'

export function readCorpus() {
  const corpus = { sentences: [], headings: [], items: [], goalTitles: [], boardGoalTitles: [], assignments: [],
    indicators: [], budgetLabels: [], areas: [], volumeNames: [], suppliers: [] }
  for (const dir of SEEDS) {
    const chapters = path.join(dir, 'kapitel')
    for (const file of readdirSync(chapters).sort()) addMarkdown(corpus, readFileSync(path.join(chapters, file), 'utf8'))
    addPlan(corpus, parse(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')))
  }
  for (const key of Object.keys(corpus)) corpus[key] = [...new Set(corpus[key].map((v) => (typeof v === 'string' ? v.trim() : v)))].filter(Boolean)
  return corpus
}

function addMarkdown(corpus, text) {
  for (const block of text.split(/\n\s*\n/)) {
    const line = block.trim()
    if (/^#{1,6} /.test(line)) corpus.headings.push(line.replace(/^#+ /, ''))
    else if (/^[-*] /.test(line)) corpus.items.push(...line.split('\n').map((l) => l.replace(/^[-*] /, '')))
    else if (/^[A-ZÅÄÖ0-9]/.test(line) && !line.includes('|')) corpus.sentences.push(...splitSentences(line))
  }
}

function addPlan(corpus, plan) {
  for (const goal of plan.goals ?? []) {
    corpus.goalTitles.push(goal.title)
    corpus.sentences.push(...splitSentences(goal.description ?? ''))
    corpus.items.push(...(goal.focus ?? []))
    corpus.assignments.push(...(goal.assignments ?? []).map((a) => a.text))
    for (const board of goal.boardGoals ?? []) {
      corpus.boardGoalTitles.push(board.title)
      corpus.sentences.push(...splitSentences(board.description ?? ''))
      for (const table of [...(goal.indicatorTables ?? []), ...(board.indicatorTables ?? [])]) {
        corpus.indicators.push(...table.rows.map((r) => ({ name: r.name, description: r.description, kolada: r.kolada, unit: r.unit })))
      }
    }
  }
  const budget = plan.budget ?? {}
  for (const table of [budget.operating, budget.byResponsibility, plan.investments].filter(Boolean)) collectLabels(corpus, table.rows)
  for (const group of plan.volumes?.groups ?? []) {
    corpus.areas.push(group.area)
    corpus.volumeNames.push(...group.rows.map((r) => ({ name: r.name, unit: r.unit })))
  }
  corpus.suppliers.push(...(plan.suppliers?.rows ?? []).map(({ year, ...rest }) => rest))
}

function collectLabels(corpus, rows) {
  for (const row of rows) {
    corpus.budgetLabels.push(row.label)
    if (row.rows) collectLabels(corpus, row.rows)
  }
}

function splitSentences(text) {
  return text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/).filter((s) => s.length > 20 && /[.!?]$/.test(s))
}
