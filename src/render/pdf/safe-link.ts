/**
 * Only web and mail addresses become link annotations. A link annotation is inert (the viewer
 * opens it when the reader clicks; nothing is fetched while rendering), but `javascript:`,
 * `file:` and relative targets mean nothing in a board document and could mislead.
 */
export function isWebOrMailLink(url: string): boolean {
  return /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url.trim())
}
