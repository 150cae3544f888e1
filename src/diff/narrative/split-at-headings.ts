/**
 * Cuts a Markdown file before each ATX heading at the start of a line, so each piece can be
 * parsed (and cached) on its own: between two drafts most sections are unchanged, and parsing
 * is most of a diff's time. A heading at column 0 always starts a new block in CommonMark, so the
 * pieces parse as the whole does, except across fenced code (tracked here) and link reference
 * definitions, which can reach across the file: a file with any is kept whole.
 */
export function splitAtHeadings(text: string): string[] {
  if (/^ {0,3}\[[^\]]+\]:/m.test(text)) return [text]
  const pieces: string[] = []
  let fence: string | undefined
  let start = 0
  let offset = 0
  for (const line of text.split('\n')) {
    const marker = line.match(/^ {0,3}(`{3,}|~{3,})/)?.[1]
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined
    } else if (fence === undefined && /^#{1,6}(?:\s|$)/.test(line) && offset > start) {
      pieces.push(text.slice(start, offset))
      start = offset
    }
    offset += line.length + 1
  }
  pieces.push(text.slice(start))
  return pieces
}
