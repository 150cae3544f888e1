// The composed Markdown as an equivalent Typst document, for the Typst reference: headings
// (numbered like the template), paragraphs, emphasis, links, lists, GFM tables with alignment and
// repeated header rows, table captions and notes (vplan's directives), page breaks; a cover page,
// a table of contents and "Sida X av Y" in the footer. Parsed with vplan's own Markdown parser.

const SPECIAL = /[\\#$*_`<>@[\]~/=+\-"']/g
const escape = (text) => text.replace(SPECIAL, (c) => `\\${c}`).replace(/\n/g, ' ')
const str = (text) => JSON.stringify(String(text ?? ''))

export function markdownToTypst(tree, { meta, numberDepth = 0, tocDepth = 2 }) {
  const numbering = numberDepth > 0
    ? `#set heading(numbering: (..n) => if n.pos().len() <= ${numberDepth} { numbering("1.1.1", ..n) })\n` : ''
  const head = [
    `#set document(title: ${str(meta.title)}, author: ${str(meta.board)})`,
    '#set page(paper: "a4", margin: (x: 2.2cm, y: 2.5cm),',
    `  header: align(right, text(8pt, ${str(meta.municipality)})),`,
    '  footer: context align(center, text(8pt)[Sida #counter(page).display() av #counter(page).final().first()]))',
    '#set text(font: "Roboto", size: 10pt, lang: "sv")',
    '#set par(justify: false, spacing: 0.9em)',
    '#show heading: set block(above: 1.4em, below: 0.7em)',
    numbering,
    `#align(center + horizon, block[#text(22pt, weight: "medium", ${str(meta.title)}) \\ #v(1em) ${escape(meta.subtitle ?? meta.adopted ?? '')}])`,
    '#pagebreak()',
    `#outline(title: ${str('Innehållsförteckning')}, depth: ${tocDepth})`,
    '#pagebreak()',
    '',
  ]
  return head.join('\n') + blocks(tree.children) + '\n'
}

function blocks(nodes, indent = '') {
  return nodes.map((node) => block(node, indent)).filter(Boolean).join('\n\n')
}

function block(node, indent) {
  switch (node.type) {
    case 'heading':
      return `${'='.repeat(node.depth)} ${inline(node.children)}`
    case 'paragraph':
      return indent + inline(node.children).replace(/^(\d+)\./, '$1\\.')
    case 'list':
      return node.children.map((item) => listItem(item, node.ordered ? '+' : '-', indent)).join('\n')
    case 'table':
      return table(node)
    case 'blockquote':
      return `#quote(block: true)[${blocks(node.children)}]`
    case 'thematicBreak':
      return '#line(length: 100%)'
    case 'code':
      return `#raw(block: true, ${str(node.value)})`
    case 'leafDirective':
      return node.name === 'pagebreak' ? '#pagebreak()' : ''
    case 'containerDirective':
      return directive(node)
    default:
      return node.children ? blocks(node.children, indent) : ''
  }
}

function listItem(item, marker, indent) {
  const [first, ...rest] = item.children
  const lines = [`${indent}${marker} ${first ? block(first, '').trimStart() : ''}`]
  for (const child of rest) lines.push(block(child, indent + '  '))
  return lines.join('\n')
}

function directive(node) {
  const inner = blocks(node.children)
  if (node.name === 'table') {
    const caption = node.attributes?.caption
    return caption ? `#block(sticky: true, strong(${str(caption)}))\n\n${inner}` : inner
  }
  if (node.name === 'note') return `#block(inset: 6pt, fill: luma(242), width: 100%)[${inner}]`
  return inner
}

function table(node) {
  const align = (node.align ?? []).map((a) => (a === 'right' ? 'right' : a === 'center' ? 'center' : 'left'))
  const [header, ...rows] = node.children
  const cells = (row) => row.children.map((cell) => `[${inline(cell.children)}]`).join(', ')
  const columns = header.children.map((_, i) => (i === 0 ? '1fr' : 'auto')).join(', ')
  return [
    `#table(columns: (${columns},), align: (${align.join(', ')},), stroke: 0.4pt + luma(180), inset: 4pt,`,
    `  table.header(${cells(header)}),`,
    ...rows.map((row) => `  ${cells(row)},`),
    ')',
  ].join('\n')
}

function inline(nodes = []) {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text': return escape(node.value)
      case 'strong': return `#strong[${inline(node.children)}];`
      case 'emphasis': return `#emph[${inline(node.children)}];`
      case 'delete': return `#strike[${inline(node.children)}];`
      case 'inlineCode': return `#raw(${str(node.value)});`
      case 'break': return ' \\ '
      case 'link': return `#link(${str(node.url)})[${inline(node.children)}];`
      default: return node.children ? inline(node.children) : node.value ? escape(node.value) : ''
    }
  }).join('')
}
