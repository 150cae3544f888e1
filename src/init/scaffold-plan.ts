/**
 * `vplan init`: the files of a new plan that checks and builds at once. Everything the office
 * must write itself is a `[Platshållare: …]` (see load/find-placeholders.ts), which the PDF and
 * the page show and `vplan check` warns about; no figure, date or name is made up. Pure: the CLI
 * writes the files.
 */
import { escapeMarkdown } from '../compose/index.js'

export interface NewPlan {
  municipality: string
  board: string
  year: number
  template: string
  /** plan.yaml's path to schema/plan.schema.json, for the editor's modeline. */
  schemaPath: string
}

export interface PlanFile {
  /** Path inside the plan folder, with forward slashes. */
  path: string
  content: string | Uint8Array
}

export const CHAPTERS = ['kapitel/01-inledning.md', 'kapitel/02-verksamhetens-forutsattningar.md'] as const

/** YAML 1.2 reads a JSON string as a double-quoted scalar: any name is data, never syntax. */
const quote = (text: string): string => JSON.stringify(text)

export function scaffoldPlan(plan: NewPlan): PlanFile[] {
  return [
    { path: 'plan.yaml', content: planYaml(plan) },
    { path: CHAPTERS[0], content: introduction(plan) },
    { path: CHAPTERS[1], content: conditions(plan) },
  ]
}

function planYaml({ municipality, board, year, template, schemaPath }: NewPlan): string {
  const outcomes = [year - 3, year - 2, year - 1].map((y) => quote(`Utfall ${y}`)).join(', ')
  return `# yaml-language-server: $schema=${schemaPath}
# Verksamhetsplan ${year} för ${oneLine(board)}, ${oneLine(municipality)}. Skapad med vplan init.
# Allt som står inom hakparentes och börjar med "Platshållare" ska ersättas: vplan check varnar
# för varje sådan text som finns kvar. ~ betyder en tom cell ("–" i dokumentet), aldrig 0.

# Uppgifter om dokumentet. De visas på försättsbladet och i PDF:ens metadata.
meta:
  municipality: ${quote(municipality)}
  board: ${quote(board)}
  year: ${year}
  title: ${quote(`Verksamhetsplan ${year} för ${board}`)}
  # Lägg till när planen är antagen, t.ex. "Antagen av ${oneLine(board)} i december ${year - 1}":
  # adopted: ...
  # Dokumentets datum, så exakt som beslutet anger det: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM.
  # date: ${year - 1}-12
  validity: "${year}"
  template: ${quote(template)}

# Dokumentets delar i ordning: kapitel (Markdown-filer), korta rubriker och genererade block.
# Kapitelnumren och innehållsförteckningen sätts av mallen.
document:
  - file: ${CHAPTERS[0]}
  - file: ${CHAPTERS[1]}
  - markdown: "# Mål, uppdrag och indikatorer"
  - block: goals
  - markdown: "# Nämndens driftsbudget"
  - block: operatingBudget
  - markdown: "# Volymer och nyckeltal"
  - block: volumes
  - markdown: "# Uppföljningsplan av privata utförare"
  - block: suppliers

# Kommunfullmäktiges inriktningsmål, med nämndens uppdrag och indikatorer under varje mål.
goals:
  - id: inriktningsmal-1
    title: "[Platshållare: inriktningsmålets lydelse]"
    label: Inriktningsmål Kommunfullmäktige
    description: |
      [Platshållare: vad målet betyder för nämndens verksamheter.]
    # Uppdrag: text, tidsperiod ("${year}" eller "${year}-${year + 2}") och vem som gav uppdraget.
    assignments:
      - id: uppdrag-1
        text: "[Platshållare: uppdragets text]"
        period: "${year}"
        level: Uppdrag från kommunfullmäktige
    # Indikatorer: ett värde per kolumn. {total, women, men} delar upp utfallet på kvinnor (K)
    # och män (M). kolada är nyckeltalets id i Kolada (kolada.se).
    indicatorTables:
      - columns: [${outcomes}]
        judgement: direction
        rows:
          - name: Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)
            kolada: U21468
            unit: "%"
            values:
              - { total: ~, women: ~, men: ~ }
              - { total: ~, women: ~, men: ~ }
              - { total: ~, women: ~, men: ~ }
            direction: Öka

# Driftsbudgeten i tkr. vplan räknar summan själv; en angiven summa (total) kontrolleras.
budget:
  operating:
    id: driftsbudget
    caption: ${quote(`Nämndens driftsbudget ${year} (tkr)`)}
    unit: tkr
    labelHeader: Nämndens verksamheter
    columns: [${quote(`Budget ${year - 1}`)}, ${quote(`Budget ${year}`)}]
    rows:
      - id: verksamhet-1
        label: "[Platshållare: verksamhet]"
        values: [~, ~]

# Volymer och nyckeltal per område: utfall, prognos och plan.
volumes:
  id: volymer
  columns: [${quote(`Utfall ${year - 2}`)}, ${quote(`Prognos ${year - 1}`)}, ${quote(`Plan ${year}`)}]
  groups:
    - id: omrade-1
      area: "[Platshållare: område]"
      rows:
        - id: nyckeltal-1
          name: "[Platshållare: nyckeltal, t.ex. antal brukare]"
          values: [~, ~, ~]

# Uppföljningsplan av privata utförare. Avtalsform: LOV, LOU, Ramavtal, Avropsavtal, IOP
# eller Direktupphandling.
suppliers:
  id: privata-utforare
  rows:
    - year: ${year}
      form: LOU
      supplier: "[Platshållare: utförarens namn]"
      service: "[Platshållare: tjänst]"
`
}

function introduction({ board, year }: NewPlan): string {
  return `# Inledning

[Platshållare: Beskriv kort nämndens uppdrag och vad verksamhetsplanen för ${escapeMarkdown(oneLine(board))} ${year} innehåller.]

## Styrmodell

[Platshållare: Beskriv hur kommunfullmäktiges mål bryts ned till nämndens mål, uppdrag och indikatorer, och hur de följs upp under året.]
`
}

function conditions({ year }: NewPlan): string {
  return `# Verksamhetens förutsättningar

[Platshållare: Beskriv omvärld, demografi, lagändringar och annat som påverkar verksamheten ${year}.]
`
}

/** A name goes into comments and Markdown headings on one line, whatever was typed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
