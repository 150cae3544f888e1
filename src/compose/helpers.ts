import { dashYears, formatFixed, formatFree, formatSigned, formatTarget, withUnit } from '../format/index.js'
import { escapeMarkdown } from './escape-markdown.js'

/**
 * Helpers for template authors who want a figure or text the view model does not already carry
 * formatted. Their output is Markdown-safe.
 */
/* Named format… so they never shadow a view-model field (Handlebars prefers helpers over fields). */
export const TEMPLATE_HELPERS: Record<string, (...args: unknown[]) => string> = {
  /** {{formatNumber value 1}} → "713,7"; without decimals as many as the value has. */
  formatNumber: (value, decimals) =>
    typeof value === 'number' ? (typeof decimals === 'number' ? formatFixed(value, decimals) : formatFree(value)) : '',
  /** {{formatSigned value 0}} → "+1 000", "−1 952". */
  formatSigned: (value, decimals) => (typeof value === 'number' ? formatSigned(value, typeof decimals === 'number' ? decimals : 0) : ''),
  /** {{formatUnit "1 427" "tkr"}} → "1 427 tkr" with a no-break space. */
  formatUnit: (text, unit) => withUnit(String(text ?? ''), typeof unit === 'string' ? unit : undefined),
  /** {{formatPeriod "2024-2026"}} → "2024–2026". */
  formatPeriod: (text) => escapeMarkdown(dashYears(String(text ?? ''))),
  /** {{formatTarget ">88%"}} → ">88 %" (escaped). */
  formatTarget: (text) => escapeMarkdown(formatTarget(String(text ?? ''))),
}

export const HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(TEMPLATE_HELPERS))
