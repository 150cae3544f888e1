// Prototype (bench only): the composed Markdown parsed chunk by chunk, a chunk being everything
// from one top-level heading (`# `) to the next, outside code fences and ::: containers. Parsed
// chunks are kept by their text, so a rebuild after an edit parses only the chunk that changed.
// Positions are shifted back to the whole document's lines and offsets.

const cache = new Map()

export function splitChunks(markdown) {
  const lines = markdown.split('\n')
  const chunks = []
  let start = 0
  let fence = false
  let depth = 0
  lines.forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fence = !fence
    if (!fence && /^:::+\s*$/.test(line)) depth = Math.max(0, depth - 1)
    else if (!fence && /^:::+\w/.test(line)) depth++
    if (i > start && !fence && depth === 0 && line.startsWith('# ')) {
      chunks.push({ firstLine: start, text: lines.slice(start, i).join('\n') + '\n' })
      start = i
    }
  })
  chunks.push({ firstLine: start, text: lines.slice(start).join('\n') })
  return chunks
}

export function parseChunked(markdown, parse, { useCache = true } = {}) {
  const children = []
  let offset = 0
  for (const chunk of splitChunks(markdown)) {
    let tree = useCache ? cache.get(chunk.text) : undefined
    if (!tree) {
      tree = parse(chunk.text)
      if (useCache) cache.set(chunk.text, tree)
    }
    for (const node of tree.children) children.push(shifted(node, chunk.firstLine, offset))
    offset += chunk.text.length
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(markdown) } }
}

/** A copy of the node with its positions moved down by `lines` lines and `offset` characters. */
function shifted(node, lines, offset) {
  const copy = { ...node }
  if (node.position) {
    const move = (p) => ({ line: p.line + lines, column: p.column, offset: p.offset + offset })
    copy.position = { start: move(node.position.start), end: move(node.position.end) }
  }
  if (node.children) copy.children = node.children.map((child) => shifted(child, lines, offset))
  if (node.data) copy.data = structuredClone(node.data)
  return copy
}

function endOf(markdown) {
  const lines = markdown.split('\n')
  return { line: lines.length, column: lines.at(-1).length + 1, offset: markdown.length }
}
