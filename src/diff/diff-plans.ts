import type { DiffContext } from './context.js'
import { diffDocumentParts } from './areas/diff-document-parts.js'
import { diffGoals } from './areas/diff-goals.js'
import { diffImages } from './areas/diff-images.js'
import { diffMeta } from './areas/diff-meta.js'
import { diffMoneyTable } from './areas/diff-money-table.js'
import { diffMultiYear } from './areas/diff-multi-year.js'
import { diffSuppliers } from './areas/diff-suppliers.js'
import { diffVolumes } from './areas/diff-volumes.js'
import { mergeColumnChanges } from './merge-column-changes.js'
import { diffNarrative } from './narrative/diff-narrative.js'
import type { PlanSnapshot } from './snapshot.js'
import { summarizeChanges } from './summarize-changes.js'
import type { PlanDiff, PlanRef } from './types.js'
import { WorkBudget } from './work-budget.js'

export interface DiffOptions {
  /** The work bound; pass one to read its counters afterwards. */
  budget?: WorkBudget
}

/** Compares two drafts of a plan over the model, never over text lines. Pure: no I/O. */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot, options: DiffOptions = {}): PlanDiff {
  const context: DiffContext = { budget: options.budget ?? new WorkBudget(), changes: [] }
  const [oldPlan, newPlan] = [before.plan, after.plan]
  diffMeta(context, oldPlan.meta, newPlan.meta)
  diffDocumentParts(context, oldPlan.document, newPlan.document, {
    old: new Map(before.narratives.map((n) => [n.source, n.text])),
    new: new Map(after.narratives.map((n) => [n.source, n.text])),
  })
  diffGoals(context, oldPlan.goals, newPlan.goals)
  diffMoneyTable(context, 'operating', oldPlan.budget.operating, newPlan.budget.operating)
  diffMultiYear(context, oldPlan.budget.multiYear, newPlan.budget.multiYear)
  diffMoneyTable(context, 'byResponsibility', oldPlan.budget.byResponsibility, newPlan.budget.byResponsibility)
  diffMoneyTable(context, 'investments', oldPlan.investments, newPlan.investments)
  diffVolumes(context, oldPlan.volumes, newPlan.volumes)
  diffSuppliers(context, oldPlan.suppliers, newPlan.suppliers)
  diffNarrative(context, before.narratives, after.narratives)
  diffImages(context, before, after)
  const changes = mergeColumnChanges(context.changes)
  return {
    version: 1,
    old: refOf(before),
    new: refOf(after),
    equal: changes.length === 0,
    summary: summarizeChanges(changes),
    changes,
  }
}

function refOf(snapshot: PlanSnapshot): PlanRef {
  const { meta } = snapshot.plan
  return { id: snapshot.id, title: meta.title, year: meta.year, date: meta.date ?? null }
}
