import { readFileSync } from 'node:fs'

/**
 * Long documents built from the real 2024 plans (seeds/*.txt) and the sample's tables: many
 * headings at every height on the page, labels, lists and captioned tables, so that page-bottom
 * cases occur many times. Deterministic: the same Markdown every run.
 */
const seeds = ['knivsta-sn-2024.txt', 'danderyd-sn-2024.txt'].map((name) =>
  readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8'),
)
const sample = readFileSync(new URL('../../fixtures/document/sample.md', import.meta.url), 'utf8')

const blocks = seeds.flatMap((text) => text.split(/\n\s*\n/).map((block) => block.trim()))
/** Prose paragraphs: long lines of running text. */
export const paragraphs = blocks.filter((block) => block.length > 120 && !block.includes('\t') && !block.includes('\n'))
/** Short lines that read like headings in the plans ("Ekonomi i balans", "Digitalisering"). */
const titles = [...new Set(blocks.filter((block) => /^[A-ZÅÄÖ][^\t\n.:]{6,60}$/.test(block) && !/\d{2}$/.test(block)))]
/** The sample's captioned tables, as Markdown. */
const tables = [...sample.matchAll(/:::table\{[^}]*\}\n[\s\S]*?\n:::/g)].map((match) => match[0])

/** Rows of the Knivsta operating budget, as they stand in the seed (tab-separated). */
const budgetRows = seeds[0]!
  .split('\n')
  .filter((line) => line.split('\t').length === 4 && /\d/.test(line))
  .map((line) => line.split('\t'))

const firstSentence = (text: string) => text.split(/(?<=\.) /)[0]!
const escape = (text: string) => text.replace(/[|*_<>[\]\\#`]/g, (c) => `\\${c}`)

export function longDocument(chapters = 9): string {
  const out: string[] = []
  let p = 0
  let t = 0
  const paragraph = () => paragraphs[p++ % paragraphs.length]!
  const title = () => escape(titles[t++ % titles.length]!)
  for (let c = 0; c < chapters; c++) {
    out.push(`# ${title()}`, paragraph())
    for (let s = 0; s < 6; s++) {
      out.push(`## ${title()}`)
      if ((c + s) % 3 === 0) out.push(':::label\nInriktningsmål Kommunfullmäktige\n:::')
      for (let k = 0; k < 1 + ((c * 5 + s) % 4); k++) out.push(paragraph())
      if ((c + s) % 4 === 1) out.push(`### ${title()}`, tables[(c + s) % tables.length]!)
      if ((c + s) % 5 === 2) out.push(`#### ${title()}`, `- ${paragraph()}\n- ${paragraph()}\n  - ${firstSentence(paragraph())}`)
      if ((c * 7 + s) % 6 === 3) out.push(`### ${title()}`, `#### ${title()}`, paragraph())
      if ((c + 2 * s) % 3 !== 0) out.push(`### ${title()}`, paragraph(), `#### ${title()}`, paragraph())
    }
  }
  return out.join('\n\n') + '\n'
}

/**
 * Headings each followed by a short paragraph (two to four lines, cut from the plans' own
 * paragraphs at a sentence) and a filler paragraph of varying length, so that a heading with a
 * three-line paragraph under it lands at every height on the page.
 */
export function shortParagraphsDocument(units = 90): string {
  const out: string[] = ['# Korta stycken under rubriker']
  for (let i = 0; i < units; i++) {
    const source = paragraphs[i % paragraphs.length]!
    const length = [180, 240, 300, 360][i % 4]!
    const cut = source.length <= length ? source : source.slice(0, source.lastIndexOf(' ', length)).replace(/[,;:]$/, '') + '.'
    out.push(`## ${escape(titles[i % titles.length]!)}`, escape(cut))
    if (i % 3 !== 2) out.push(escape(paragraphs[(i * 7 + 3) % paragraphs.length]!.slice(0, 100 + ((i * 37) % 400))))
  }
  return out.join('\n\n') + '\n'
}

/** Lists of one- to four-line items after paragraphs of varying length, so items land at every height on the page. */
export function shortListsDocument(units = 60): string {
  const out: string[] = ['# Korta punkter i listor']
  const cut = (text: string, length: number) => (text.length <= length ? text : text.slice(0, text.lastIndexOf(' ', length)).replace(/[,;:]$/, '') + '.')
  for (let i = 0; i < units; i++) {
    out.push(escape(cut(paragraphs[(i * 5 + 1) % paragraphs.length]!, 90 + ((i * 53) % 500))))
    const items = [0, 1, 2].map((k) => `- ${escape(cut(paragraphs[(i * 3 + k) % paragraphs.length]!, [80, 170, 250, 330][(i + k) % 4]!))}`)
    out.push(items.join('\n'))
  }
  return out.join('\n\n') + '\n'
}

/** One chapter holding a table longer than a page: the Knivsta budget rows, four times over. */
export function longTableDocument(): { markdown: string; rows: string[][] } {
  const rows = [0, 1, 2, 3].flatMap((round) => budgetRows.map(([label, ...values]) => [`${label!.replace(/^-/, '')} (${round + 1})`, ...values]))
  const header = '| Nämndens verksamheter | KF-budget 2023 | KF-budget 2024 | Nämndbudget 2024 |\n| :-- | --: | --: | --: |'
  const body = rows.map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n')
  const markdown = `# Nämndens driftsbudget\n\n${paragraphs[0]}\n\n:::table{#lang caption="Nämndens driftsbudget (tkr)"}\n${header}\n${body}\n:::\n`
  return { markdown, rows }
}
