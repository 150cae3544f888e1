/**
 * Spaces that must not become line breaks in a figure column: inside a number ("1 427" written
 * with a plain space) and inside a women/men split ("94 (K: 92, M: 96)"), which may then wrap only
 * before its parenthesis. The printed text is unchanged; only the break opportunities go.
 */
export function keepFiguresTogether(text: string): string {
  return text
    .replace(/(?<=\d) (?=\d)/g, '\u00a0')
    .replace(/\([^()]*\)/g, (group) => group.replace(/ /g, '\u00a0'))
}
