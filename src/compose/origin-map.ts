/** A sentinel line marking where a narrative part begins in the composed Markdown. */
const SENTINEL = /^\u0000vplan-part:(\d+)\u0000$/

export function partMarker(index: number): string {
  return `\u0000vplan-part:${index}\u0000\n`
}

export interface PartOrigin { file: string; firstLine: number; lines: number }
export type Origin = (line: number, column: number) => { file: string; line: number; column: number }

/**
 * Removes the part markers from the rendered Markdown and returns a function mapping a position in
 * the composed document back to the narrative file it came from. Positions outside narrative parts
 * (generated tables, template text) stay in the composed document.
 */
export function extractOrigins(rendered: string, parts: ReadonlyMap<number, PartOrigin>, composedFile: string): { markdown: string; origin: Origin } {
  const kept: string[] = []
  const starts: { composedLine: number; part: PartOrigin }[] = []
  for (const line of rendered.split('\n')) {
    const match = SENTINEL.exec(line)
    const part = match ? parts.get(Number(match[1])) : undefined
    if (match) {
      if (part) starts.push({ composedLine: kept.length + 1, part })
      continue
    }
    kept.push(line)
  }
  const origin: Origin = (line, column) => {
    const start = starts.findLast((s) => s.composedLine <= line)
    if (start && line - start.composedLine < start.part.lines) {
      return { file: start.part.file, line: start.part.firstLine + line - start.composedLine, column }
    }
    return { file: composedFile, line, column }
  }
  return { markdown: kept.join('\n'), origin }
}
