/**
 * Escapes a plain-text value from plan data so that Markdown shows it literally, in a paragraph or
 * in a GFM table cell. Only what Markdown would otherwise interpret is escaped, so the composed
 * document stays readable: "Färdtjänst", "S:ta Maria" and "9 §9" pass unchanged.
 * A bare web address stays what GFM makes of it everywhere: its own text, linked (only http(s)
 * and mailto are ever linked that way, and backslash escapes do not prevent it).
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/(^|\s)(:{2,})/g, '$1\\$2')
}

/** Escapes a value for a quoted directive attribute (`caption="…"`). */
export function escapeAttribute(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}
