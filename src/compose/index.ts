import type { Diagnostic } from '../diagnostics/index.js'
import type { DerivedFigures } from '../derive/index.js'
import type { Plan } from '../model/index.js'
import type { ChartData } from '../chart/index.js'
import { viewChart } from './view-chart.js'
import { compileTemplates } from './compile-templates.js'
import { extractOrigins, partMarker, type Origin, type PartOrigin } from './origin-map.js'
import type { TemplateSet } from '../model/index.js'
import { overviewId, viewGoalOverview } from './view-goal-overview.js'
import { viewGoal, viewMeta, viewMoneyTable, viewMultiYear, viewSuppliers, viewVolumes } from './view-model.js'

export type { TemplateSet, TemplateSource } from '../model/index.js'
export { precompiledTemplates, providePrecompiledTemplates, type PrecompiledTable } from './precompiled-provider.js'
export { precompiledOf, withPrecompiled, type PrecompiledTemplates, type PrecompiledTemplateSet } from './precompiled-set.js'
export type { Origin } from './origin-map.js'
export { escapeMarkdown, escapeAttribute } from './escape-markdown.js'
export { checkTemplates } from './check-templates.js'
export { HELPER_NAMES } from './helpers.js'

export interface ComposeInput {
  plan: Plan
  /** Narrative texts by the `file:` value in plan.yaml. */
  narratives: ReadonlyMap<string, { file: string; text: string }>
  derived: DerivedFigures
  /** The charts the document asks for (chart/collectCharts), in document order. */
  charts?: readonly ChartData[]
  templates: TemplateSet
  /** Display path of the composed document, for positions outside narrative parts. */
  composedFile: string
}

export interface Composed { markdown: string; origin: Origin; diagnostics: Diagnostic[] }

export function composeDocument(input: ComposeInput): Composed {
  const { diagnostics, render } = compileTemplates(input.templates)
  if (!render) return { markdown: '', origin: (line, column) => ({ file: input.composedFile, line, column }), diagnostics }
  const origins = new Map<number, PartOrigin>()
  const view = buildViewModel(input, origins)
  let rendered: string
  try {
    rendered = render(view)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const d: Diagnostic = { file: input.templates.document.file, line: 1, column: 1, severity: 'error', ruleId: 'template-runtime', message: `template failed: ${message}` }
    return { markdown: '', origin: (line, column) => ({ file: input.composedFile, line, column }), diagnostics: [d] }
  }
  // Tidy first: the origin map must count the lines of the final document.
  const { markdown, origin } = extractOrigins(tidyMarkdown(rendered), origins, input.composedFile)
  return { markdown, origin, diagnostics }
}

/** What document.hbs receives; docs/templates.md lists every field (checked by tests/docs/). */
export function buildViewModel(input: ComposeInput, origins = new Map<number, PartOrigin>()) {
  return { meta: viewMeta(input.plan), parts: buildParts(input, origins) }
}

function buildParts(input: ComposeInput, origins: Map<number, PartOrigin>) {
  const { plan, derived } = input
  const charts = new Map((input.charts ?? []).map((chart) => [chart.part, chart]))
  return plan.document.map((part, index) => {
    if ('file' in part) {
      const narrative = input.narratives.get(part.file)
      const text = narrative?.text ?? ''
      origins.set(index, { file: narrative?.file ?? part.file, firstLine: 1, lines: text.split('\n').length })
      return { markdown: partMarker(index) + text.replace(/\s+$/, '') }
    }
    if ('markdown' in part) return { markdown: part.markdown }
    switch (part.block) {
      case 'goals':
        return { goals: plan.goals.filter((g) => !part.ref || g.id === part.ref).map(viewGoal) }
      case 'operatingBudget':
        return { operatingBudget: plan.budget.operating && viewMoneyTable(plan.budget.operating, derived.operating, 'driftsbudget', 'Driftsbudget') }
      case 'responsibilityBudget':
        return { responsibilityBudget: plan.budget.byResponsibility && viewMoneyTable(plan.budget.byResponsibility, derived.byResponsibility, 'budget-per-ansvar', 'Budget per ansvar') }
      case 'investments':
        return { investments: plan.investments && viewMoneyTable(plan.investments, derived.investments, 'investeringar', 'Investeringsplan') }
      case 'multiYearBudget':
        return { multiYearBudget: plan.budget.multiYear && viewMultiYear(plan.budget.multiYear, derived.multiYear) }
      case 'volumes':
        return { volumes: plan.volumes && viewVolumes(plan.volumes) }
      case 'suppliers':
        return { suppliers: plan.suppliers && viewSuppliers(plan.suppliers) }
      case 'goalOverview':
        return { goalOverview: viewGoalOverview(plan, part, overviewId(plan, index)) }
      case 'chart': {
        // A chart collectCharts refused has reported an error, which stops the build before rendering.
        const chart = charts.get(index)
        return { chart: chart && viewChart(chart) }
      }
    }
  })
}

/** One blank line between blocks, no trailing spaces, one final newline: a stable, diffable file. */
function tidyMarkdown(markdown: string): string {
  return markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n*$/, '\n')
}
