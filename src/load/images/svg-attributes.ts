/** What happens to one attribute of a kept SVG element. */
export type AttributeVerdict = { kind: 'keep' } | { kind: 'drop' } | { kind: 'warn'; ruleId: string; message: string }

const KEEP: AttributeVerdict = { kind: 'keep' }
const DROP: AttributeVerdict = { kind: 'drop' }
/** `url(…)` that points anywhere but into the file itself (`url(#gradient)`). */
const EXTERNAL_URL = /url\(\s*(?!['"]?#)/i
const SCRIPT_SCHEME = /^\s*(?:javascript|vbscript|data)\s*:/i

/**
 * Event handlers (`onclick`, `onload` …) and references out of the file (`href` to anything but
 * `#id`, `url()` to anything but `#id`, `xml:base`) are removed with a warning; namespaced
 * editor attributes (`inkscape:…`, `sodipodi:…`) silently. Everything else is a presentation or
 * geometry attribute, kept as written (escaped again when written out).
 */
export function checkAttribute(name: string, value: string): AttributeVerdict {
  const lower = name.toLowerCase()
  if (lower.startsWith('on')) return { kind: 'warn', ruleId: 'svg-event-handler', message: `an event handler (${name}) was removed from the SVG` }
  if (lower === 'href' || lower === 'xlink:href') {
    if (value.trim().startsWith('#')) return KEEP
    return { kind: 'warn', ruleId: 'svg-external-reference', message: `a reference to "${value.slice(0, 80)}" (${name}) was removed from the SVG; only references inside the file (#id) are kept` }
  }
  if (lower === 'xml:base' || SCRIPT_SCHEME.test(value)) return { kind: 'warn', ruleId: 'svg-external-reference', message: `the attribute ${name} was removed from the SVG` }
  if (EXTERNAL_URL.test(value) || /@import|expression\s*\(/i.test(value)) {
    return { kind: 'warn', ruleId: 'svg-external-reference', message: `the attribute ${name} refers outside the SVG ("${value.slice(0, 80)}") and was removed` }
  }
  if (lower === 'xmlns' || lower === 'xmlns:xlink') return KEEP
  if (lower.includes(':') && !lower.startsWith('xml:') && !lower.startsWith('xlink:')) return DROP
  return KEEP
}
