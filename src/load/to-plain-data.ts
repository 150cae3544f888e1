import { visit, type Alias, type Document } from 'yaml'

/** Each alias may expand to at most this many nodes; a "billion laughs" file stops here instead of eating memory. */
export const MAX_ALIAS_COUNT = 100

export type PlainData =
  | { ok: true; data: unknown }
  | { ok: false; ruleId: 'yaml-syntax' | 'alias-limit'; message: string; offset: number }

/** The parsed document as plain JS values, refusing unknown aliases and alias bombs with a position. */
export function toPlainData(doc: Document.Parsed): PlainData {
  const aliases: Alias[] = []
  visit(doc, { Alias: (_, alias) => void aliases.push(alias) })
  const unknown = aliases.find((alias) => alias.resolve(doc) === undefined)
  if (unknown) {
    return {
      ok: false,
      ruleId: 'yaml-syntax',
      message: `unknown alias '*${unknown.source}': define the anchor '&${unknown.source}' before using it`,
      offset: unknown.range?.[0] ?? 0,
    }
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }
  } catch (error) {
    // yaml throws a ReferenceError for excessive aliasing; we cannot tell which alias tipped it over.
    if (!(error instanceof ReferenceError)) throw error
    return {
      ok: false,
      ruleId: 'alias-limit',
      message: `the aliases (*name) expand to too much data (limit ${MAX_ALIAS_COUNT} per alias): write the values out instead of nesting aliases`,
      offset: aliases[0]?.range?.[0] ?? 0,
    }
  }
}
