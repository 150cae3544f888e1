import { h } from 'hastscript'
import type { Element, ElementContent, Properties } from 'hast'
import type { Table } from 'mdast'
import type { RenderContext } from './render-context.js'

/**
 * The caption of a table and the name of its scroll region. The document stage has made captions
 * unique (document/name-tables.ts), so the caption alone names the region; a table without one
 * (`caption=""`, or a caption that only repeated the heading) is named by the heading above it,
 * in a caption for screen readers only; a table with neither is named by its number and reported.
 */
export function labelTable(table: Table, tableId: string, number: number, caption: string | undefined, context: RenderContext): { caption?: Element; region: Properties } {
  const { heading } = context
  if (caption) {
    const captionId = context.ids.claim(`${tableId}-rubrik`)
    return { caption: h('caption', { id: captionId }, [caption, ...countName(context, caption)]), region: { ariaLabelledBy: [captionId] } }
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
