import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { Element, ElementContent, Root } from 'hast'
import type { BlockKind, Plan } from '../../../model/index.js'
import { AREA_LABELS } from '../../area-labels.js'
import type { PlanSnapshot } from '../../snapshot.js'
import type { Area, PlanDiff } from '../../types.js'
import { ChangeIndex } from './change-index.js'
import { markUnchanged } from './mark-unchanged.js'
import { PAGE_CSS } from './page-css.js'
import { renderChangeList, renderSummary } from './render-change-list.js'
import { renderGoals } from './render-goals.js'
import { renderMoneyTable, renderMultiYear } from './render-money.js'
import { NarrativeRenderer } from './render-narrative.js'
import { renderSuppliers, renderVolumes } from './render-volumes.js'
import { describeRef } from '../render-text.js'

/**
 * The review report: one self-contained, accessible HTML page (no scripts, no external
 * requests; every text goes through hast, so it is escaped). The summary and the list of all
 * changes come first and link into the new draft below, shown with its changes marked; a
 * checkbox hides the unchanged parts (CSS only); a print style sheet makes it a handout.
 */
export function renderHtml(diff: PlanDiff, snapshots: { old: PlanSnapshot; new: PlanSnapshot }): string {
  const index = new ChangeIndex(diff)
  const document = renderDocument(index, snapshots.new)
  const leftovers = index.unrendered()
  if (leftovers.length > 0) {
    // Metadata, document parts, columns of tables the new draft dropped: they have no place in the document.
    document.children.unshift(
      h('section', [h('h3', 'Uppgifter, delar och kolumner'), h('ul', leftovers.map((change) => h('li', { id: index.anchor(change.key) }, change.path.join(' › '))))]),
    )
  }
  markUnchanged(document)
  const title = `Ändringar i ${diff.new.title}`
  const root: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'sv' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('style', PAGE_CSS),
        ]),
        h('body', [
          h('a.skip', { href: '#main' }, 'Hoppa till innehållet'),
          h('header', [h('h1', title), h('p', `Jämför ${describeRef(diff.old)} med ${describeRef(diff.new)}.`)]),
          h('main', { id: 'main', tabIndex: -1 }, [
            renderSummary(diff),
            renderChangeList(diff, index),
            h('input.only-changes', { type: 'checkbox', id: 'only-changes' }),
            h('label.switch', { htmlFor: 'only-changes' }, 'Visa bara ändrade delar'),
            document,
          ]),
          h('footer', h('p', `Rapporten skapades av vplan diff (PlanDiff version ${diff.version}).`)),
        ]),
      ]),
    ],
  }
  return toHtml(root) + '\n'
}

const BLOCK_AREAS: Partial<Record<BlockKind, Area>> = {
  operatingBudget: 'operating',
  multiYearBudget: 'multiYear',
  responsibilityBudget: 'byResponsibility',
  investments: 'investments',
  volumes: 'volumes',
  suppliers: 'suppliers',
}

/** The new draft in its document order: narrative files and generated blocks as they alternate. */
function renderDocument(index: ChangeIndex, snapshot: PlanSnapshot): Element {
  const plan = snapshot.plan
  const narrative = new NarrativeRenderer(index, snapshot.narratives)
  const content: ElementContent[] = []
  const shown = new Set<string>()
  plan.document.forEach((part, i) => {
    if ('file' in part) content.push(...narrative.renderSource(part.file))
    else if ('markdown' in part) content.push(...narrative.renderSource(`plan.yaml#document[${i}]`))
    else if (part.block === 'goals' && !shown.has('goals')) {
      shown.add('goals')
      content.push(h('section', [h('h3', AREA_LABELS.goals), ...renderGoals(index, plan.goals)]))
    } else {
      const area = part.block === 'chart' ? undefined : BLOCK_AREAS[part.block]
      if (area && !shown.has(area)) {
        content.push(...renderArea(index, plan, area))
        shown.add(area)
      }
    }
  })
  // Data the document does not place (no block for it) is still reviewed.
  for (const area of Object.values(BLOCK_AREAS)) if (!shown.has(area)) content.push(...renderArea(index, plan, area))
  if (!shown.has('goals') && plan.goals.length > 0) content.push(h('section', [h('h3', AREA_LABELS.goals), ...renderGoals(index, plan.goals)]))
  return h('section.document', { ariaLabelledBy: 'document-heading' }, [h('h2', { id: 'document-heading' }, 'Dokumentet med ändringar'), ...content])
}

function renderArea(index: ChangeIndex, plan: Plan, area: Area): Element[] {
  const table = tableOf(index, plan, area)
  if (!table) return []
  const anchor = index.anchor(`${area}:table`) ?? index.anchor(`${area}:columns`)
  return [h('section', { id: anchor }, [h('h3', AREA_LABELS[area]), table])]
}

function tableOf(index: ChangeIndex, plan: Plan, area: Area): Element | undefined {
  switch (area) {
    case 'operating':
      return plan.budget.operating && renderMoneyTable(index, area, plan.budget.operating)
    case 'byResponsibility':
      return plan.budget.byResponsibility && renderMoneyTable(index, area, plan.budget.byResponsibility)
    case 'investments':
      return plan.investments && renderMoneyTable(index, area, plan.investments)
    case 'multiYear':
      return plan.budget.multiYear && renderMultiYear(index, plan.budget.multiYear)
    case 'volumes':
      return plan.volumes && renderVolumes(index, plan.volumes)
    case 'suppliers':
      return plan.suppliers && renderSuppliers(index, plan.suppliers)
    default:
      return undefined
  }
}
