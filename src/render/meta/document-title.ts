import type { Meta } from '../../model/index.js'

/**
 * The title a document is known by outside its own pages (the browser tab, a search hit, the
 * PDF's Title shown in a viewer's title bar): the plan's title, followed by the board and the
 * municipality it leaves unnamed. "Nämndens verksamhetsplan 2024" becomes "Nämndens
 * verksamhetsplan 2024 – Socialnämnden, Danderyds kommun"; "Verksamhetsplan 2024 för
 * Socialnämnden" names its board already and becomes "… – Knivsta kommun"; a title naming both
 * stays as it is. "Names" is a case-insensitive match of the whole name anywhere in the title,
 * so "Socialnämndens" names "Socialnämnden" and "Knivsta kommuns" names "Knivsta kommun".
 * One rule for the HTML `<title>` and the PDF's Title (info and XMP dc:title) alike.
 */
export function documentTitle(meta: Pick<Meta, 'title' | 'board' | 'municipality'>): string {
  const title = meta.title.trim()
  const missing = [meta.board, meta.municipality].map((name) => name.trim()).filter((name) => !names(title, name))
  return missing.length === 0 ? title : `${title} – ${missing.join(', ')}`
}

function names(title: string, name: string): boolean {
  return name === '' || title.toLocaleLowerCase('sv').includes(name.toLocaleLowerCase('sv'))
}
