import { isMap, isNode, isScalar, visit, type Document, type LineCounter, type Node } from 'yaml'

/** "duplicate key 'goals' (first on line 3)": names the key and the earlier line the editor should compare. */
export function describeDuplicateKey(doc: Document.Parsed, lineCounter: LineCounter, offset: number): string {
  let message = 'duplicate key'
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return
      const index = map.items.findIndex((pair) => isNode(pair.key) && pair.key.range?.[0] === offset)
      const second = map.items[index]
      if (index === -1 || !second) return
      const name = keyText(second.key as Node)
      const first = map.items.find((pair, i) => i < index && keyText(pair.key as Node) === name)
      const firstStart = isNode(first?.key) ? first.key.range?.[0] : undefined
      message = `duplicate key '${name}'`
      if (firstStart !== undefined) message += ` (first on line ${lineCounter.linePos(firstStart).line})`
      return visit.BREAK
    },
  })
  return message
}

function keyText(key: Node | null): string {
  if (isScalar(key)) return String(key.value)
  return String(key)
}
