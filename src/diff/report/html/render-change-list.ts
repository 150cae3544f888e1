import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { Change, PlanDiff } from '../../types.js'
import { formatPath } from '../describe-change.js'
import { formatDelta, formatPercent, withUnit } from '../../../format/index.js'
import { truncate } from '../inline-words.js'
import { describeCounts } from '../render-text.js'
import type { ChangeIndex } from './change-index.js'
import { deleted, inserted, markValue } from './render-marks.js'

/** Changes per kind per section, and the largest money changes. */
export function renderSummary(diff: PlanDiff): Element {
  const heading = h('h2', { id: 'summary-heading' }, 'Sammanfattning')
  if (diff.equal) return h('section', { ariaLabelledBy: 'summary-heading' }, [heading, h('p', 'Inga ändringar.')])
  const rows = diff.summary.sections.map((section) => h('tr', [h('th', { scope: 'row' }, section.section), h('td', describeCounts(section))]))
  const largest = diff.summary.largestMoneyChanges.flatMap(({ change: i }) => {
    const change = diff.changes[i]
    if (change?.kind !== 'value' || change.delta === undefined) return []
    const percent = change.percent !== undefined ? ` (${formatPercent(change.percent)})` : ''
    return [h('li', `${formatPath(change.path)}: ${withUnit(formatDelta(change.delta), change.unit)}${percent}`)]
  })
  return h('section', { ariaLabelledBy: 'summary-heading' }, [
    heading,
    h('p', `${diff.summary.total} ${diff.summary.total === 1 ? 'ändring' : 'ändringar'}.`),
    h('table.summary', [h('caption', 'Ändringar per del'), h('thead', h('tr', [h('th', { scope: 'col' }, 'Del'), h('th', { scope: 'col' }, 'Ändringar')])), h('tbody', rows)]),
    ...(largest.length > 0 ? [h('h3', 'Största beloppsförändringar'), h('ol', largest)] : []),
  ])
}

/** Every change, one line each, linking to its place in the document below. */
export function renderChangeList(diff: PlanDiff, index: ChangeIndex): Element {
  const items = diff.changes.map((change) => h('li', [h('a', { href: index.hrefOf(change) }, formatPath(change.path)), ': ', ...describe(change)]))
  return h('nav', { ariaLabelledBy: 'changes-heading' }, [
    h('h2', { id: 'changes-heading' }, `Alla ändringar (${diff.changes.length})`),
    items.length > 0 ? h('ol.changes', items) : h('p', 'Inga ändringar.'),
  ])
}

function describe(change: Change): ElementContent[] {
  const text = (value: string): ElementContent => ({ type: 'text', value })
  switch (change.kind) {
    case 'value': {
      const marks = markValue(change)
      return change.unit && typeof change.new === 'number' ? [...marks.slice(0, 3), text(`\u00a0${change.unit}`), ...marks.slice(3)] : marks
    }
    case 'text':
      return [text(change.parts ? 'omformulerad' : 'ersatt')]
    case 'added':
      return [inserted('tillagd'), ...(change.text ? [text(`: ”${truncate(change.text, 100)}”`)] : [])]
    case 'removed':
      return [deleted('borttagen'), ...(change.text ? [text(`: ”${truncate(change.text, 100)}”`)] : [])]
    case 'renamed':
      return [text('omdöpt: '), deleted(change.old), text(' '), inserted(change.new)]
    case 'moved':
      return [text(`flyttad från ${formatPath(change.from)} till ${formatPath(change.to)}`)]
    case 'columnAdded':
      return [text('ny kolumn '), inserted(change.column), text(tables(change.tables))]
    case 'columnRemoved':
      return [text('borttagen kolumn '), deleted(change.column), text(tables(change.tables))]
    case 'columnRenamed':
      return [text('kolumnen '), deleted(change.oldColumn ?? ''), text(' heter nu '), inserted(change.column), text(tables(change.tables))]
  }
}

function tables(list: readonly string[]): string {
  return list.length > 1 ? ` (i ${list.length} tabeller)` : ''
}
