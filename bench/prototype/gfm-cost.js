#!/usr/bin/env node
// What each GFM extension adds to parsing a composed document (CPU ms, median of 3), against
// CommonMark alone. Usage: node bench/prototype/gfm-cost.js COMPOSED.md
import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
const md = readFileSync(process.argv[2], "utf8")
const cpu = (fn) => { fn(); const t = []; for (let i = 0; i < 3; i++) { const s = process.cpuUsage(); fn(); const u = process.cpuUsage(s); t.push((u.user + u.system) / 1000) } return Math.round(t.sort((a, b) => a - b)[1]) }
const withExt = (ext, from = []) => unified().use(remarkParse).use(function () { const d = this.data(); (d.micromarkExtensions ??= []).push(...ext); (d.fromMarkdownExtensions ??= []).push(...from) }).freeze()
const cases = {
  commonmark: withExt([]),
  table: withExt([gfmTable()], [gfmTableFromMarkdown()]),
  'autolink literal': withExt([gfmAutolinkLiteral()], [gfmAutolinkLiteralFromMarkdown()]),
  footnote: withExt([gfmFootnote()]),
  strikethrough: withExt([gfmStrikethrough()]),
  tasklist: withExt([gfmTaskListItem()]),
  'table+strike+tasklist (no autolink, no footnote)': withExt([gfmTable(), gfmStrikethrough(), gfmTaskListItem()], [gfmTableFromMarkdown()]),
}
const tables = md.split('\n').filter((l) => l.startsWith('|')).join('\n').length
console.log('bytes', md.length, 'of which table lines', tables)
for (const [name, p] of Object.entries(cases)) console.log(name.padEnd(50), cpu(() => p.parse(md)), 'ms CPU')
