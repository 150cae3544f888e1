import { z } from 'zod'
import { Amount, Cell } from './numbers.js'
import { PlanDate } from './plan-date.js'
import { PlanPeriod } from './plan-period.js'

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id får bara innehålla a–z, 0–9 och bindestreck')
  .meta({
    description:
      'Stabil nyckel som jämförelsen (vplan diff) känner igen raden på även om texten ändras. Utelämnas den härleds den från texten.',
  })
const Markdown = z.string().meta({ description: 'Text i Markdown (stycken, listor, fetstil)' })
const Text = z.string().min(1, 'texten får inte vara tom')

/** Text that is one line: a register number or a name, never a paragraph. */
const OneLine = Text.regex(/^[^\n\r]*$/, 'skriv texten på en rad')

export const Decision = z
  .strictObject({
    body: OneLine.meta({ description: 'Vem som beslutade, t.ex. "Socialnämnden" eller "Kommunfullmäktige"' }),
    date: PlanDate.optional().meta({ description: 'Beslutsdatum: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM om bara månaden är känd' }),
    paragraph: z
      .union([z.number().int().min(1), z.string().regex(/^(?:§\s*)?\d+\s?[a-z]?$/, 'paragrafen skrivs 123 eller "§ 123"')])
      .optional()
      .meta({ description: 'Paragrafen i protokollet, t.ex. 123 eller "§ 123"' }),
  })
  .meta({ description: 'Beslutet som antog planen: beslutande organ, datum och paragraf' })

/**
 * Kommunkod (SCB), four digits with the leading zero. YAML reads an unquoted 0330 as the number
 * 330, which would silently fetch another municipality's figures, so a number is refused with a
 * message that shows the quotes.
 */
const MunicipalityCode = z
  .string({ error: (issue) => (typeof issue.input === 'number' ? 'skriv kommunkoden inom citattecken, t.ex. "0330": utan dem läser YAML 0330 som talet 330' : undefined) })
  .regex(/^\d{4}$/, 'kommunkoden är fyra siffror, t.ex. "0330" (Knivsta) eller "0162" (Danderyd)')
  .meta({ description: 'Kommunkod (fyra siffror, inom citattecken), t.ex. "0330" för Knivsta. Används av vplan kolada för att hämta kommunens utfall' })

export const Meta = z
  .strictObject({
    municipality: Text.meta({ description: 'Kommunens namn, t.ex. "Knivsta kommun"' }),
    municipalityCode: MunicipalityCode.optional(),
    board: Text.meta({ description: 'Nämnden som äger planen, t.ex. "Socialnämnden" (dokumentets författare)' }),
    year: z.number().int().min(1900).max(2200).meta({ description: 'Verksamhetsåret planen gäller' }),
    title: Text.meta({ description: 'Dokumentets titel, t.ex. "Verksamhetsplan 2024 för Socialnämnden"' }),
    subtitle: Text.optional().meta({ description: 'Undertitel på försättsbladet, t.ex. "Verksamhetsplan med budget". Inte nämndens namn: det står i board och visas därifrån' }),
    adopted: Text.optional().meta({ description: 'Antagandetext, t.ex. "Antagen av Socialnämnden i december 2023, för helår 2024"' }),
    date: PlanDate.optional().meta({
      description:
        'Dokumentets datum, så exakt som planen anger det: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM om bara månaden är känd ("i december 2023"). Utelämnas när planen inte anger något datum. Skrivs ut på försättsbladet och är PDF:ens skapat-datum',
    }),
    description: OneLine.max(300, 'beskrivningen får vara högst 300 tecken').optional().meta({
      description:
        'En eller två meningar om planen för webbsidans <meta name="description"> (visas av sökmotorer). Utelämnas den bildas den av titel, nämnd, kommun och år',
    }),
    registrationNumber: OneLine.optional().meta({ description: 'Diarienummer, t.ex. "SN 2023/123"' }),
    decision: Decision.optional(),
    validity: PlanPeriod.optional().meta({ description: 'Giltighetstid: "2024", "2024-2026" eller "2024-01-01/2024-12-31"' }),
    owner: OneLine.optional().meta({ description: 'Dokumentägare, t.ex. "Socialchef" eller "Vård- och omsorgskontoret"' }),
    template: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('default')
      .meta({ description: 'Mallen under templates/ som ger dokumentets utseende, t.ex. "knivsta"' }),
    keywords: z.array(Text).default([]).meta({ description: 'Nyckelord i PDF:ens metadata' }),
    logo: OneLine.optional().meta({
      description:
        'Kommunens logotyp: en PNG-, JPEG- eller SVG-fil i planmappen, t.ex. "bilder/logotyp.svg". Visas på försättsbladet och i webbsidans sidhuvud med kommunens namn som alternativ text. Utan logo används mallens, om den har någon',
    }),
  })
  .meta({ description: 'Uppgifter om dokumentet: kommun, nämnd, år, titel' })

export const BLOCK_KINDS = [
  'goals',
  'operatingBudget',
  'multiYearBudget',
  'responsibilityBudget',
  'investments',
  'volumes',
  'suppliers',
  'goalOverview',
] as const

/** The column headings a goalOverview block may rename; Swedish defaults in compose/view-goal-overview.ts. */
export const OverviewHeaders = z
  .strictObject({
    area: OneLine.optional().meta({ description: 'Rubrik för målområdeskolumnen, t.ex. "Målområde"' }),
    goal: OneLine.optional().meta({ description: 'Rubrik för målkolumnen, t.ex. "Mål – fram till år 2026 ska…"' }),
    indicator: OneLine.optional().meta({ description: 'Rubrik för indikatorkolumnen, t.ex. "Indikator"' }),
  })
  .meta({ description: 'Kolumnrubriker i måltabellen (goalOverview)' })

/** The tables a chart can draw besides one indicator or volume row (named by its id). */
export const CHART_TABLES = ['operatingBudget', 'responsibilityBudget', 'investments', 'multiYearBudget'] as const
export const CHART_KINDS = ['line', 'bar'] as const

export const ChartPart = z
  .strictObject({
    block: z.literal('chart').meta({ description: 'Ett diagram ritat ur planens egna siffror' }),
    id: Id.optional().meta({ description: 'Diagrammets id (ankare på webbsidan); utelämnas det bildas det av titeln' }),
    of: OneLine.meta({
      description:
        'Vad diagrammet visar: id på en indikator eller ett nyckeltal i volymerna (utfall per år, K/M när uppdelningen finns, målet som linje), eller en tabell: "operatingBudget", "responsibilityBudget", "investments" (belopp per rad) eller "multiYearBudget" (nettokostnad per år)',
    }),
    kind: z.enum(CHART_KINDS).optional().meta({ description: 'Diagramtyp: "line" (linje) eller "bar" (stapel). Utelämnas den blir det linje för en indikator och stapel för belopp' }),
    title: OneLine.meta({ description: 'Diagrammets rubrik, t.ex. "Brukarbedömning hemtjänst, andel (%)"' }),
    caption: Text.optional().meta({ description: 'Text under diagrammet, t.ex. källan' }),
    column: OneLine.optional().meta({ description: 'För en beloppstabell: kolumnen som visas, t.ex. "KF-budget 2024". Utelämnas den används kolumnen för planens år, annars den sista' }),
  })
  .meta({ description: 'Ett diagram ur planens data, med samma siffror som tabellerna' })
export type ChartPart = z.output<typeof ChartPart>

export const Part = z.union([
  z.strictObject({ file: Text.meta({ description: 'Markdown-fil i planmappen, t.ex. "kapitel/01-styrmodell.md"' }) }),
  z.strictObject({ markdown: Markdown.meta({ description: 'Kort Markdown-text direkt i planen' }) }),
  z.strictObject({
    block: z.enum(BLOCK_KINDS).meta({ description: 'Ett genererat block: mål, måltabell (goalOverview), budgettabell, volymer eller privata utförare' }),
    ref: Id.optional().meta({ description: 'För "goals": id på ett enskilt inriktningsmål; utan ref kommer alla mål' }),
    refs: z.array(Id).min(1).optional().meta({ description: 'För "goalOverview": id på de mål tabellen tar med, i den ordningen; utan refs (och area) kommer alla mål' }),
    area: OneLine.optional().meta({ description: 'För "goalOverview": bara målen i detta målområde' }),
    headers: OverviewHeaders.optional(),
  }),
  ChartPart,
]).meta({ description: 'En del av dokumentet i ordning: en Markdown-fil, kort Markdown-text eller ett genererat block' })

export const Direction = z.enum(['Öka', 'Minska', 'Bibehålla']).meta({ description: 'Önskad riktning för indikatorn' })

export const SplitValue = z
  .strictObject({
    total: Cell.default(null).meta({ description: 'Värdet för alla' }),
    women: Cell.default(null).meta({ description: 'Värdet för kvinnor (K)' }),
    men: Cell.default(null).meta({ description: 'Värdet för män (M)' }),
  })
  .meta({ description: 'Utfall uppdelat på kvinnor och män' })

export const OutcomeValue = z.union([Cell, SplitValue])

/** A cell (or every outcome column) whose value comes from the plan's Kolada snapshot, kolada.yaml. */
export const FROM_KOLADA = 'kolada'
const FromKolada = z.literal(FROM_KOLADA).meta({ description: 'Värdet hämtas ur kolada.yaml (vplan kolada)' })

export const Indicator = z
  .strictObject({
    id: Id.optional(),
    name: Text.optional().meta({ description: 'Indikatorns (nyckeltalets) namn. Kan utelämnas när kolada är angivet: då används Koladas titel ur kolada.yaml' }),
    kolada: z
      .string()
      .regex(/^[NU]\d{5}$/, 'Kolada-id skrivs som N31814 eller U21468')
      .optional()
      .meta({ description: 'Kolada-id, t.ex. U21468' }),
    unit: z.string().optional().meta({ description: 'Enhet för värdena, t.ex. "%"' }),
    // The cell's options side by side (not a union in a union), 'kolada' last: the loader's
    // messages then take a misspelt number or women/men key for what the editor meant.
    values: z.union([FromKolada, z.array(z.union([Cell, SplitValue, FromKolada]))]).default([]).meta({
      description:
        'Värden i tabellens kolumnordning (utfall/prognos/plan); ~ för tom cell; {total, women, men} för uppdelning på kön; kolada för ett värde ur kolada.yaml, eller values: kolada för alla utfallskolumner',
    }),
    direction: Direction.optional(),
    target: z
      .string()
      .regex(/^(?:NY|[<>≤≥]?\s*[-\u2212]?\d+(?:[.,]\d+)?\s*%?)$/, 'mål skrivs som >88%, <8,71%, 7%, >-12% eller NY')
      .optional()
      .meta({ description: 'Målvärde, t.ex. ">88%", "<8,71%" eller "NY"' }),
    description: Markdown.optional().meta({ description: 'Beskrivning av nyckeltalet (visas under "Beskrivning nyckeltal")' }),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.kolada !== undefined) return
    if (indicator.name === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: 'name saknas: ange indikatorns namn, eller ett Kolada-id (kolada: U21468) så att Koladas titel används' })
    const usesKolada = indicator.values === FROM_KOLADA || indicator.values.includes(FROM_KOLADA)
    if (usesKolada) ctx.addIssue({ code: 'custom', path: ['values'], message: 'värden ur Kolada kräver ett Kolada-id: lägg till kolada: U21468 (indikatorns id i Kolada)' })
  })
  .transform(({ values, name, ...rest }) => {
    // Later stages see plain values; which cells the snapshot fills is kept beside them, and the
    // loader (load/merge-kolada.ts) fills them and the name from kolada.yaml.
    const koladaCells: KoladaCells | undefined =
      values === FROM_KOLADA ? 'outcomes' : values.includes(FROM_KOLADA) ? values.flatMap((v, i) => (v === FROM_KOLADA ? [i] : [])) : undefined
    const plain: OutcomeValueOut[] = values === FROM_KOLADA ? [] : values.map((v) => (v === FROM_KOLADA ? null : v))
    return {
      ...rest,
      name: name ?? '',
      values: plain,
      ...(koladaCells === undefined ? {} : { koladaCells }),
    } as IndicatorOut
  })
  .meta({ description: 'En indikator eller ett nyckeltal' })

/** Which cells come from kolada.yaml: every outcome column ("Utfall ÅÅÅÅ"), or the listed column indexes. */
export type KoladaCells = 'outcomes' | number[]
type OutcomeValueOut = z.output<typeof OutcomeValue>
interface IndicatorOut {
  id?: string | undefined
  /** Empty only until the loader has taken Kolada's title (a plan without one is refused there). */
  name: string
  kolada?: string | undefined
  unit?: string | undefined
  values: OutcomeValueOut[]
  direction?: z.output<typeof Direction> | undefined
  target?: string | undefined
  description?: string | undefined
  koladaCells?: KoladaCells
  /** Set by the loader: the snapshot's retrieval date (ÅÅÅÅ-MM-DD) when a value in this row comes from it. */
  koladaRetrieved?: string
  /** Set by the loader: the table's comparison values (its `compare`, in order) for this row's KPI. */
  koladaComparisons?: (number | null)[]
}

/** A comparison column: the same KPI for Riket (0000), another municipality or a municipality group (G…). */
export const Comparison = z
  .strictObject({
    code: z
      .string()
      .regex(/^(?:\d{4}|G\d+)$/, 'jämförelsen anges med Koladas kod: "0000" för riket, en kommunkod eller en kommungrupp som "G33"')
      .meta({ description: 'Koladas kod: "0000" (riket), en kommunkod ("0162") eller en kommungrupp ("G33")' }),
    label: OneLine.meta({ description: 'Kolumnens rubrik före året, t.ex. "Riket"' }),
  })
  .meta({ description: 'En jämförelsekolumn ur Kolada' })

export const IndicatorTable = z
  .strictObject({
    id: Id.optional(),
    columns: z.array(Text).default([]).meta({ description: 'Kolumnrubriker för värdena, t.ex. ["Utfall 2021", "Utfall 2022", "Prognos 2023"]' }),
    judgement: z
      .enum(['direction', 'target', 'none'])
      .default('direction')
      .meta({ description: 'Sista kolumnen: "direction" = Önskad riktning, "target" = Mål, "none" = ingen' }),
    rows: z.array(Indicator).min(1).meta({ description: 'Tabellens indikatorer' }),
    compare: z.array(Comparison).default([]).meta({
      description: 'Jämförelsekolumner ur kolada.yaml efter värdena, t.ex. [{ code: "0000", label: "Riket" }]: samma nyckeltal för riket eller en kommungrupp, senaste utfallsåret',
    }),
  })
  .meta({ description: 'En tabell med indikatorer' })

export const Assignment = z
  .strictObject({
    id: Id.optional(),
    text: Text.meta({ description: 'Uppdragets text' }),
    period: z.string().regex(/^\d{4}(?:[-–]\d{4})?$/, 'tidsperiod skrivs 2024 eller 2024-2026').meta({ description: 'Tidsperiod, t.ex. "2024-2026"' }),
    level: Text.meta({ description: 'Nivå, t.ex. "Uppdrag från kommunfullmäktige"' }),
    table: z.string().optional().meta({ description: 'Uppdrag med olika värden här visas i skilda tabeller' }),
  })
  .meta({ description: 'Ett uppdrag' })

export const BoardGoal = z
  .strictObject({
    id: Id.optional(),
    title: Text.meta({ description: 'Nämndmålets lydelse' }),
    description: Markdown.optional().meta({ description: 'Beskrivning av nämndmålet' }),
    indicatorTables: z.array(IndicatorTable).default([]),
    indicatorNotes: Markdown.optional().meta({ description: 'Gemensam beskrivning för flera nyckeltal (efter de enskilda beskrivningarna)' }),
    indicatorSource: z.string().optional().meta({ description: 'Källa för nyckeltalen, t.ex. "Nyckeltalen hämtas ur Kolada"' }),
  })
  .meta({ description: 'Ett nämndmål under ett inriktningsmål' })

export const DirectionGoal = z
  .strictObject({
    id: Id.optional(),
    title: Text.meta({ description: 'Inriktningsmålets namn' }),
    area: OneLine.optional().meta({ description: 'Målområdet målet hör till, t.ex. "Livsmiljö": måltabellen (goalOverview) grupperar målen efter det' }),
    label: z.string().optional().meta({ description: 'Etikett ovanför beskrivningen, t.ex. "Inriktningsmål Kommunfullmäktige"' }),
    description: Markdown.optional().meta({ description: 'Kommunfullmäktiges beskrivning av målet' }),
    focusIntro: z.string().optional().meta({ description: 'Inledning till listan, t.ex. "Målet betyder att verksamheterna ska inriktas på att:"' }),
    focus: z.array(Text).default([]).meta({ description: 'Det verksamheten ska inriktas på' }),
    assignments: z.array(Assignment).default([]),
    indicatorTables: z.array(IndicatorTable).default([]),
    boardGoals: z.array(BoardGoal).default([]),
  })
  .meta({ description: 'Kommunfullmäktiges inriktningsmål med nämndens mål' })

export const MoneyRow: z.ZodType<MoneyRowInput, MoneyRowInputIn> = z.lazy(() =>
  z
    .strictObject({
      id: Id.optional(),
      label: Text.meta({ description: 'Radens text' }),
      values: z.array(Cell).optional().meta({ description: 'Belopp i kolumnordning; ~ för tom cell' }),
      rows: z.array(MoneyRow).optional().meta({ description: 'Underrader: raden blir då en grupprubrik' }),
    })
    .meta({ description: 'En rad i en beloppstabell, eller en grupp med underrader' }),
)
export interface MoneyRowInput {
  id?: string | undefined
  label: string
  values?: (number | null)[] | undefined
  rows?: MoneyRowInput[] | undefined
}
export interface MoneyRowInputIn {
  id?: string | undefined
  label: string
  values?: (number | string | null)[] | undefined
  rows?: MoneyRowInputIn[] | undefined
}

export const Unit = z.enum(['kr', 'tkr', 'mnkr']).meta({ description: 'Beloppsenhet: kr, tkr (tusental kronor) eller mnkr (miljoner kronor)' })

export const MoneyTable = z
  .strictObject({
    id: Id.optional(),
    caption: z.string().optional().meta({ description: 'Tabellens rubrik (tabelltext)' }),
    unit: Unit,
    labelHeader: z.string().default('').meta({ description: 'Rubrik för första kolumnen, t.ex. "Nämndens verksamheter"' }),
    columns: z.array(Text).min(1).meta({ description: 'Kolumnrubriker, t.ex. ["KF-budget 2023", "KF-budget 2024"]' }),
    rows: z.array(MoneyRow).min(1),
    total: z
      .strictObject({
        label: Text.default('Summa'),
        values: z.array(Cell).optional().meta({ description: 'Summan som den står i beslutet; vplan räknar själv och varnar vid skillnad' }),
      })
      .optional()
      .meta({ description: 'Summarad (räknas fram)' }),
  })
  .meta({ description: 'En beloppstabell med grupper och summa' })

export const MultiYearBudget = z
  .strictObject({
    id: Id.optional(),
    caption: z.string().optional(),
    unit: Unit,
    labelHeader: z.string().default(''),
    columns: z.array(Text).min(2).meta({ description: 'År, t.ex. ["Budget 2022", ..., "Plan 2026"]' }),
    net: z.strictObject({
      label: Text.meta({ description: 'T.ex. "Nettokostnader (mnkr)"' }),
      values: z.array(Cell),
    }),
    change: z
      .strictObject({
        amountLabel: Text.default('Förändring i mnkr'),
        percentLabel: Text.default('Förändring i %'),
        amount: z.array(Cell).optional().meta({ description: 'Förändring som den står i beslutet (första året kan inte räknas fram)' }),
        percent: z.array(Cell).optional().meta({ description: 'Förändring i procent som den står i beslutet' }),
      })
      .default({ amountLabel: 'Förändring i mnkr', percentLabel: 'Förändring i %' }),
  })
  .meta({ description: 'Flerårsbudget med förändringsrader (räknas fram)' })

export const VolumeRow = z.strictObject({
  id: Id.optional(),
  name: Text.meta({ description: 'Nyckeltalets namn' }),
  unit: z.string().optional().meta({ description: 'Enhet, t.ex. "%"' }),
  values: z.array(Cell).meta({ description: 'Värden i kolumnordning; ~ för tom cell' }),
})

export const Volumes = z
  .strictObject({
    id: Id.optional(),
    caption: z.string().optional(),
    columns: z.array(Text).min(1).meta({ description: 'T.ex. ["Utfall 2020", ..., "Prognos 2023", "Plan 2024"]' }),
    groups: z
      .array(z.strictObject({ id: Id.optional(), area: Text.meta({ description: 'Område, t.ex. "Hemtjänst"' }), rows: z.array(VolumeRow).min(1) }))
      .min(1),
  })
  .meta({ description: 'Volymer och nyckeltal per område' })

export const CONTRACT_FORMS = ['LOV', 'LOU', 'Ramavtal', 'Avropsavtal', 'IOP', 'Direktupphandling'] as const

export const Supplier = z.strictObject({
  id: Id.optional(),
  year: z.number().int().meta({ description: 'År för uppföljningen' }),
  form: z.enum(CONTRACT_FORMS).meta({ description: 'Avtalsform' }),
  supplier: Text.meta({ description: 'Privat utförare/leverantör' }),
  service: Text.meta({ description: 'Tjänst' }),
  operation: z.string().optional().meta({ description: 'Verksamhet' }),
})

export const Suppliers = z
  .strictObject({
    id: Id.optional(),
    caption: z.string().optional(),
    rows: z.array(Supplier).min(1),
  })
  .meta({ description: 'Uppföljningsplan av privata utförare' })

export const Plan = z
  .strictObject({
    $schema: z.string().optional(),
    meta: Meta,
    document: z.array(Part).min(1).meta({ description: 'Dokumentets delar i ordning' }),
    goals: z.array(DirectionGoal).default([]).meta({ description: 'Inriktningsmål med nämndmål, uppdrag och indikatorer' }),
    budget: z
      .strictObject({
        operating: MoneyTable.optional().meta({ description: 'Driftsbudget' }),
        multiYear: MultiYearBudget.optional().meta({ description: 'Flerårsbudget' }),
        byResponsibility: MoneyTable.optional().meta({ description: 'Budget per ansvar' }),
      })
      .default({}),
    investments: MoneyTable.optional().meta({ description: 'Investeringsplan' }),
    volumes: Volumes.optional(),
    suppliers: Suppliers.optional(),
  })
  .meta({ title: 'vplan plan.yaml', description: 'En nämnds verksamhetsplan: data för mål, budget, volymer och privata utförare' })

export type Plan = z.output<typeof Plan>
export type PlanInput = z.input<typeof Plan>
export type Meta = z.output<typeof Meta>
export type Part = z.output<typeof Part>
export type DirectionGoal = z.output<typeof DirectionGoal>
export type BoardGoal = z.output<typeof BoardGoal>
export type Assignment = z.output<typeof Assignment>
export type IndicatorTable = z.output<typeof IndicatorTable>
export type Comparison = z.output<typeof Comparison>
export type Indicator = z.output<typeof Indicator>
export type OutcomeValue = z.output<typeof OutcomeValue>
export type SplitValue = z.output<typeof SplitValue>
export type MoneyTable = z.output<typeof MoneyTable>
export type MoneyRow = MoneyRowInput
export type MultiYearBudget = z.output<typeof MultiYearBudget>
export type Volumes = z.output<typeof Volumes>
export type VolumeRow = z.output<typeof VolumeRow>
export type Supplier = z.output<typeof Supplier>
export type Suppliers = z.output<typeof Suppliers>
export type BlockKind = (typeof BLOCK_KINDS)[number]
export type OverviewHeaders = z.output<typeof OverviewHeaders>
