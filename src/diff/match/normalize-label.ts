/**
 * Labels typed by people differ in case, spacing and punctuation between drafts ("LOV -
 * hemtjänst" vs "LOV – Hemtjänst"); matching ignores all three. Letters and digits of any
 * script stay, so "Vård & omsorg" and "Vård omsorg" are the same label.
 */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The label as shown: surrounding and repeated white space removed, nothing else touched. */
export function displayLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim()
}

/** A key segment for `Change.key`: the normalised label with dashes, e.g. "lov-hemtjanst-och-delegerad-hsl". */
export function keySegment(label: string): string {
  const slug = normalizeLabel(label)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ /g, '-')
  return slug === '' ? '_' : slug
}
