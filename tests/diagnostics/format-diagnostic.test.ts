import { describe, expect, it } from 'vitest'
import { formatDiagnostic, keepLines, oneLine, type Diagnostic } from '../../src/diagnostics/index.js'

const at = (file: string, message: string): Diagnostic => ({ file, line: 3, column: 7, severity: 'error', ruleId: 'missing-file', message })

describe('formatDiagnostic', () => {
  it('writes file:line:column: severity: message [rule]', () => {
    expect(formatDiagnostic(at('plans/a/plan.yaml', "file not found: 'kapitel/ö.md'"))).toBe("plans/a/plan.yaml:3:7: error: file not found: 'kapitel/ö.md' [missing-file]")
  })

  it('keeps a quoted newline, tab or escape sequence from forging a line or driving the terminal', () => {
    const forged = "file not found: 'kapitel/x\nEVIL.md:1:1: error: forged [rule]\u001b[31m.md'"
    const line = formatDiagnostic(at('plans/a\r\n/plan.yaml', forged + '\tend'))
    expect(line).toBe("plans/a\\r\\n/plan.yaml:3:7: error: file not found: 'kapitel/x\\nEVIL.md:1:1: error: forged [rule]\\u{1b}[31m.md'\\tend [missing-file]")
    expect(line.split('\n')).toHaveLength(1)
  })

  it.each([
    ['NUL', '\u0000', '\\u{0}'],
    ['DEL', '\u007f', '\\u{7f}'],
    ['C1 CSI', '\u009b', '\\u{9b}'],
    ['C1 NEL', '\u0085', '\\u{85}'],
    ['line separator', '\u2028', '\\u{2028}'],
    ['paragraph separator', '\u2029', '\\u{2029}'],
    ['right-to-left override', '\u202e', '\\u{202e}'],
    ['right-to-left isolate', '\u2067', '\\u{2067}'],
    ['left-to-right mark', '\u200e', '\\u{200e}'],
    ['Arabic letter mark', '\u061c', '\\u{61c}'],
  ])('escapes %s', (_, raw, shown) => {
    expect(oneLine(`a${raw}b`)).toBe(`a${shown}b`)
  })

  it('leaves ordinary text, Swedish letters, non-breaking spaces and backslashes alone', () => {
    const text = 'Förändring i\u00a0% och 1\u202f000 tkr – C:\\plans\\ä.md'
    expect(oneLine(text)).toBe(text)
  })

  it('escapes once: the escaped text is not escaped again', () => {
    const line = formatDiagnostic(at('x.yaml', 'a\nb'))
    expect(line).toContain('a\\nb')
    expect(line).not.toContain('\\\\n')
  })
})

describe('keepLines', () => {
  it('keeps the line breaks of a usage text and escapes everything else', () => {
    expect(keepLines('unknown option\u001b[2J\nusage: vplan check')).toBe('unknown option\\u{1b}[2J\nusage: vplan check')
  })
})
