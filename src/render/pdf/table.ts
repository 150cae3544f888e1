import type { AlignType, Table, TableRow } from 'mdast'
import type { ContentTable, ContentText } from 'pdfmake/interfaces.js'
import { cellScope, type RowKind } from '../../document/index.js'
import type { Block } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { lineCount, lineHeight, textHeight } from './estimate.js'
import { inlines, runsText } from './inline.js'
import { columnWidths, type CellText, type ColumnWidth } from './table-columns.js'
import { CELL_PADDING_Y, tableLayout } from './table-layout.js'
import { keepFiguresTogether } from './keep-figures-together.js'
import type { Tag } from './tagging/structure.js'

/** Indent of sub-rows (`data.indent`), per level. */
const SUB_ROW_INDENT = 10
const TABLE_MARGIN_BOTTOM = 10

/**
 * A `:::table` directive (or a bare GFM table): the caption as its own keep-with-next block, then
 * the table with its header row repeated on each page (`headerRows`), kept with the first body row
 * (`keepWithHeaderRows`), and rows never split (`dontBreakRows`).
 */
export function tableBlocks(node: Table, caption: string | undefined, ctx: RenderContext): Block[] {
  const blocks: Block[] = []
  if (caption?.trim()) blocks.push(captionBlock(caption, node, ctx))
  blocks.push(tableBlock(node, ctx))
  return blocks
}

function captionBlock(caption: string, node: Table, ctx: RenderContext): Block {
  const text = cleanText(caption.trim(), node, ctx)
  const size = ctx.style.fontSizes.caption
  return {
    content: { text, style: 'caption', tag: 'Caption' },
    height: 8 + 3 + textHeight(text, size, 1.15, ctx.contentWidth, ctx.measure, true),
    lead: 0,
    keepWithNext: true,
  }
}

function tableBlock(node: Table, ctx: RenderContext): Block {
  const columns = Math.max(...node.children.map((row) => row.children.length))
  const align = Array.from({ length: columns }, (_, col) => node.align?.[col] ?? undefined)
  const kinds: RowKind[] = node.children.map((row, index) => row.data?.kind ?? (index === 0 ? 'header' : 'body'))
  const body = node.children.map((row, index) => rowCells(row, kinds[index]!, columns, align, ctx))
  const texts = body.map((row, index) => row.map((cell) => measuredText(cell, kinds[index]!)))
  const size = ctx.style.fontSizes.table
  const widths = columnWidths(texts, align, size, ctx.contentWidth, ctx.measure)
  const build = (repeatHeader: boolean): ContentTable => ({
    table: {
      widths,
      body: body.map((row) => row.map((cell) => ({ ...cell }))),
      dontBreakRows: true,
      ...(repeatHeader && body.length > 1 ? { headerRows: 1, keepWithHeaderRows: 1 } : {}),
    },
    layout: tableLayout(kinds, ctx.style),
    style: 'table',
    margin: [0, 0, 0, TABLE_MARGIN_BOTTOM],
    tag: { type: 'Table', headerRows: kinds[0] === 'header' ? 1 : 0 },
  })
  const rowHeights = estimateRowHeights(texts, widths, node, ctx)
  return {
    content: build(true),
    grouped: build(false),
    height: rowHeights.reduce((a, b) => a + b, 0) + TABLE_MARGIN_BOTTOM,
    lead: (rowHeights[0] ?? 0) + (rowHeights[1] ?? 0),
  }
}

function rowCells(row: TableRow, kind: RowKind, columns: number, align: readonly (AlignType | undefined)[], ctx: RenderContext): ContentText[] {
  const indent = (row.data?.indent ?? 0) * SUB_ROW_INDENT
  return Array.from({ length: columns }, (_, col) => {
    const source = row.children[col]
    const alignment = align[col]
    let runs = source ? inlines(source.children, ctx) : []
    if (alignment === 'right') runs = runs.map((run) => (typeof run.text === 'string' ? { ...run, text: keepFiguresTogether(run.text) } : run))
    const scope = cellScope(kind, col, runsText(runs).trim() === '')
    const tag: Tag = scope ? { type: 'TH', scope: scope === 'col' ? 'Column' : 'Row' } : 'TD'
    const cell: ContentText = { text: runs.length > 0 ? runs : '', tag }
    if (alignment === 'right' || alignment === 'center') cell.alignment = alignment
    if (kind === 'header') {
      cell.bold = true
      if (ctx.style.table.filledHeader) cell.color = ctx.style.colours.onAccent
    }
    if (kind === 'group' || kind === 'total') cell.bold = true
    if (col === 0 && indent > 0) cell.margin = [indent, 0, 0, 0]
    return cell
  })
}

function measuredText(cell: ContentText, kind: RowKind): CellText {
  const runs = Array.isArray(cell.text) ? (cell.text as ContentText[]) : []
  const text = typeof cell.text === 'string' ? cell.text : runsText(runs)
  return { text, bold: kind !== 'body' || runs.some((run) => run.bold === true) }
}

function estimateRowHeights(texts: CellText[][], widths: ColumnWidth[], node: Table, ctx: RenderContext): number[] {
  const size = ctx.style.fontSizes.table
  const points = widths
  const line = lineHeight(size, 1.15)
  return texts.map((row, index) => {
    const indent = (node.children[index]?.data?.indent ?? 0) * SUB_ROW_INDENT
    const lines = row.map((cell, col) => lineCount(cell.text, size, Math.max(12, points[col]! - (col === 0 ? indent : 0)), ctx.measure, cell.bold))
    return Math.max(1, ...lines) * line + 2 * CELL_PADDING_Y + 1
  })
}
