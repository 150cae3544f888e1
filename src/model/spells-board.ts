/**
 * Whether a text is the board's name in another form: "Socialnämnd", "socialnämnden" and
 * "Socialnämndens" all name "Socialnämnden". One is the other plus at most a short inflection
 * ending (-en, -s, -ens), ignoring case. "Socialnämndens verksamhetsplan" is not: that is a
 * subtitle that mentions the board, not the board spelt differently.
 */
export function spellsBoard(text: string, board: string): boolean {
  const a = text.trim().toLocaleLowerCase('sv')
  const b = board.trim().toLocaleLowerCase('sv')
  if (a === '' || b === '') return false
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return longer.startsWith(shorter) && /^\p{Ll}{0,3}$/u.test(longer.slice(shorter.length))
}
