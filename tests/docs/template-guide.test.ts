import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { buildViewModel, HELPER_NAMES } from '../../src/compose/index.js'
import { derivePlan } from '../../src/derive/index.js'
import { collectCharts } from '../../src/chart/index.js'
import { CHART_PLAN } from '../support/chart-plan.js'
import { loadPlan, loadTemplateSet } from '../../src/load/index.js'
import { DEFAULT_PDF_STYLE } from '../../src/render/pdf/index.js'
import { describeFields, fieldTable, type Handoff } from '../support/describe-view-model.js'

const GUIDE = 'docs/templates.md'
const START = '<!-- generated: npm test keeps this in step with the code; UPDATE=1 rewrites it -->'
const END = '<!-- end of generated part -->'

type View = ReturnType<typeof buildViewModel>
type Part = View['parts'][number]

async function viewOf(dir: string): Promise<View> {
  const loaded = await loadPlan(dir)
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const charts = collectCharts(loaded.plan).charts
  return buildViewModel({ plan: loaded.plan, narratives: loaded.narratives, derived: derivePlan(loaded.plan).derived, charts, templates, composedFile: 'out.md' })
}

// The seeds, Knivsta's plan with charts (the seeds have none), and the council budget fixture (the one plan with a goal overview).
const views = [await viewOf('plans/knivsta-sn-2024'), await viewOf('plans/danderyd-sn-2024'), await viewOf(CHART_PLAN), await viewOf('tests/fixtures/compose/kf-budget/plan')]
const parts: Part[] = views.flatMap((v) => v.parts)
const pick = <K extends string>(key: K) => parts.flatMap((p) => (key in p && (p as Record<K, unknown>)[key] ? [(p as Record<K, unknown>)[key]] : []))
const goals = parts.flatMap((p) => ('goals' in p && p.goals ? p.goals : []))
const boardGoals = goals.flatMap((g) => g.boardGoals)

const TABLES = 'indicator-outcomes / indicator-targets'
const CONTEXTS: { partial: string; receives: string; samples: unknown[]; handoff?: Handoff }[] = [
  {
    partial: 'document.hbs',
    receives: 'the whole document: `meta` and the `parts` in the order of `document:` in plan.yaml (a part is a chapter or short text, `markdown`, or one block)',
    samples: views,
    handoff: { goals: 'direction-goal', operatingBudget: 'operating-budget', multiYearBudget: 'multi-year-budget', responsibilityBudget: 'responsibility-budget', investments: 'investments', volumes: 'volumes', suppliers: 'suppliers', chart: 'chart', goalOverview: 'goal-overview' },
  },
  { partial: 'partials/direction-goal.hbs', receives: 'one council goal (inriktningsmål)', samples: goals, handoff: { assignmentTables: 'assignments', indicatorTables: TABLES, boardGoals: 'board-goal' } },
  { partial: 'partials/assignments.hbs', receives: 'one table of assignments (uppdrag)', samples: goals.flatMap((g) => g.assignmentTables) },
  { partial: 'partials/indicator-outcomes.hbs, indicator-targets.hbs', receives: 'one indicator table (outcomes by year, or targets)', samples: [...goals.flatMap((g) => g.indicatorTables), ...boardGoals.flatMap((b) => b.indicatorTables)] },
  { partial: 'partials/board-goal.hbs, indicator-descriptions.hbs', receives: "one board goal (nämndmål) with its indicators' descriptions", samples: boardGoals, handoff: { indicatorTables: TABLES } },
  {
    partial: 'partials/operating-budget.hbs, responsibility-budget.hbs, investments.hbs, money-table.hbs',
    receives: 'one money table; the three blocks each pass it on to money-table.hbs',
    samples: [...pick('operatingBudget'), ...pick('responsibilityBudget'), ...pick('investments')],
  },
  { partial: 'partials/multi-year-budget.hbs', receives: 'the multi-year budget with its change rows (computed by vplan)', samples: pick('multiYearBudget') },
  { partial: 'partials/volumes.hbs', receives: 'the volumes and key figures', samples: pick('volumes') },
  { partial: 'partials/suppliers.hbs', receives: 'the private-supplier follow-up schedule', samples: pick('suppliers') },
  { partial: 'partials/goal-overview.hbs', receives: 'the goal overview: the goals grouped by area, one row per indicator (`block: goalOverview`)', samples: pick('goalOverview') },
  { partial: 'partials/chart.hbs', receives: "one chart (`block: chart`): the `:::chart` directive's attributes and its figures as a table; vplan draws the chart itself", samples: pick('chart') },
]

function flatten(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k))
  return [[path, value]]
}

function generated(): string {
  const css = /:root\s*\{([^}]*)\}/.exec(readFileSync('templates/default/style.css', 'utf8'))![1]!
  const properties = [...css.matchAll(/(--[a-z-]+):\s*([^;]+);(?:\s*\/\*\s*(.*?)\s*\*\/)?/g)]
  return [
    START,
    '',
    '### What each template receives',
    '',
    ...CONTEXTS.flatMap(({ partial, receives, samples, handoff }) => [`#### \`${partial}\``, '', `Receives ${receives}.`, '', fieldTable(describeFields(samples, handoff)), '']),
    '### Helpers',
    '',
    [...HELPER_NAMES].sort().map((name) => `\`${name}\``).join(', ') + '.',
    '',
    '### PDF style keys (`pdf-style.json`) and their defaults',
    '',
    '| key | default |',
    '| --- | --- |',
    ...flatten(DEFAULT_PDF_STYLE).map(([key, value]) => `| \`${key}\` | \`${JSON.stringify(value)}\` |`),
    '',
    '### CSS custom properties (`style.css`, from templates/default/style.css)',
    '',
    '| property | default | what it is for |',
    '| --- | --- | --- |',
    ...properties.map(([, name, value, note]) => `| \`${name}\` | \`${value!.trim().replace(/\|/g, '\\|')}\` | ${note ?? ''} |`),
    '',
    END,
  ].join('\n')
}

describe('docs/templates.md', () => {
  test('lists every field, helper, PDF style key and CSS property the code has', () => {
    const guide = readFileSync(GUIDE, 'utf8')
    const [before, rest] = guide.split(START)
    const after = rest?.split(END)[1]
    expect(after, `${GUIDE} needs the markers ${START} … ${END}`).toBeDefined()
    const expected = `${before}${generated()}${after}`
    if (process.env.UPDATE) writeFileSync(GUIDE, expected)
    expect(guide).toBe(expected)
  })

  test('names every partial of the default template', () => {
    const guide = readFileSync(GUIDE, 'utf8')
    const partials = readdirSync('templates/default/partials').filter((f) => f.endsWith('.hbs'))
    expect(partials.length).toBeGreaterThan(10)
    expect(partials.filter((file) => !guide.includes(file))).toEqual([])
  })
})
