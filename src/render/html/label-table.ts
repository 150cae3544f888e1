import { h } from 'hastscript'
import type { Element, ElementContent, Properties } from 'hast'
import type { Table } from 'mdast'
import type { RenderContext } from './render-context.js'

/**
 * The caption of a table and the name of its scroll region. Captions repeat ("Indikatorer",
 * "Nyckeltal"), so the region is named by caption and section heading together; a `caption=""`
 * means the heading above names the table on screen, so it becomes a caption for screen readers
 * only; a table with neither is named by its number and reported.
 */
export function labelTable(table: Table, tableId: string, number: number, caption: string | undefined, context: RenderContext): { caption?: Element; region: Properties } {
  const { heading } = context
  if (caption) {
    const captionId = context.ids.claim(`${tableId}-rubrik`)
    const names = heading?.id !== undefined && heading.text !== caption ? [captionId, heading.id] : [captionId]
    const repeat = countName(context, names.length > 1 ? `${caption}\n${heading?.id}` : caption)
    return { caption: h('caption', { id: captionId }, [caption, ...repeat]), region: { ariaLabelledBy: names } }
  }
  if (heading) {
    const captionId = context.ids.claim(`${tableId}-rubrik`)
    return { caption: h('caption.sr-only', { id: captionId }, [heading.text, ...countName(context, heading.text)]), region: { ariaLabelledBy: [captionId] } }
  }
  context.report(table, 'table-caption', 'Tabellen saknar rubrik; skriv den som :::table{caption="…"} runt tabellen.')
  return { region: { ariaLabel: `Tabell ${number}` } }
}

/**
 * Two "Uppdrag" tables under one heading would be two regions of one name; the second gets a
 * " (2)" that only screen readers hear, so each region can be found by name.
 */
function countName(context: RenderContext, name: string): ElementContent[] {
  const count = (context.regionNames.get(name) ?? 0) + 1
  context.regionNames.set(name, count)
  return count > 1 ? [h('span.sr-only', ` (${count})`)] : []
}
