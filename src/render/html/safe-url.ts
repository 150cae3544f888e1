import { decodeNamedCharacterReference } from 'decode-named-character-reference'

/** Schemes a plan may link to. Everything else (javascript:, vbscript:, data:, file:, …) is dropped. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/**
 * Whether a link target may be rendered. Relative URLs and `#fragment`s have no scheme and pass.
 *
 * The parser has already decoded character references once; decoding again catches
 * double-encoded input (`&amp;#58;`), which is never a legitimate link anyway. Browsers ignore
 * ASCII whitespace and control characters around and inside a scheme (`java\tscript:`,
 * `\u0001javascript:`), so those are removed before the scheme is read, and the scheme is compared
 * case-insensitively (`JaVaScRiPt:`). Like the sanitizer that runs later, anything before a colon
 * that comes ahead of any `/`, `?` or `#` counts as a scheme, even one that is not well-formed
 * (`\ufffdjavascript:`): what the sanitizer would silently drop is reported here instead.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url)
  return scheme === undefined || ALLOWED_SCHEMES.includes(scheme)
}

export function urlScheme(url: string): string | undefined {
  const squeezed = decodeCharacterReferences(url).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '')
  const colon = squeezed.indexOf(':')
  if (colon < 0) return undefined
  const end = squeezed.search(/[/?#]/)
  return end >= 0 && end < colon ? undefined : squeezed.slice(0, colon).toLowerCase()
}

function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    const named = decodeNamedCharacterReference(body)
    return named === false ? whole : named
  })
}
