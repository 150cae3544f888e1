/**
 * Text quoted from the user's files (a path, a link target, a YAML value) shown on one line of a
 * terminal or log: line breaks, tabs, other C0 and C1 control characters (ESC starts a terminal
 * escape sequence, U+009B is one on its own), the Unicode line and paragraph separators and the
 * bidirectional controls (which can make a line read differently from its bytes) are written as
 * escapes. Backslashes stay as they are, so Windows paths read as usual.
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`)
}

/** The same for a message that is meant to have several lines (a usage text): only its `\n`s stay. */
export function keepLines(text: string): string {
  return text.split('\n').map(oneLine).join('\n')
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

// C0, DEL, C1; ALM; LRM, RLM; LS, PS; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
