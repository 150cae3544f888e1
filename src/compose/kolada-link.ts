/**
 * The indicator's page in Kolada's free search (kolada.se/verktyg/fri-sokning), where a reader
 * finds its definition and every municipality's values. The id is checked by the schema
 * (N31814, U21468), so it needs no escaping in a URL or in Markdown.
 */
export function koladaUrl(id: string): string {
  return `https://www.kolada.se/verktyg/fri-sokning/?kpis=${encodeURIComponent(id)}`
}

/** The id as a Markdown link to its page: one link in the composed document, so HTML and PDF both get it. */
export function koladaLink(id: string): string {
  return `[${id}](${koladaUrl(id)})`
}
