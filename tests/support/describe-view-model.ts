/**
 * Lists the fields a template receives, from real view models (both seeds), for
 * docs/templates.md: one row per field with its type and an example value. Built from values
 * rather than declared by hand, so a field added to the view model cannot be missing from the
 * guide (tests/docs/template-guide.test.ts compares them).
 */
export interface FieldRow {
  path: string
  type: string
  example: string
}

/** Keys whose values go to another partial: listed as a list, described under that partial. */
export type Handoff = Record<string, string>

export function describeFields(samples: readonly unknown[], handoff: Handoff = {}): FieldRow[] {
  const rows = new Map<string, { types: Set<string>; example: string }>()
  const visit = (value: unknown, path: string) => {
    const entry = rows.get(path) ?? { types: new Set<string>(), example: '' }
    if (path) rows.set(path, entry)
    if (Array.isArray(value)) {
      entry.types.add('list')
      const key = path.split('.').at(-1)!
      if (handoff[key]) {
        entry.example ||= `→ ${handoff[key]}`
        return
      }
      value.forEach((item) => visit(item, `${path}[]`))
      return
    }
    if (value !== null && typeof value === 'object') {
      if (path) entry.types.add('object')
      const key = path.split('.').at(-1) ?? ''
      if (handoff[key]) {
        entry.example ||= `→ ${handoff[key]}`
        return
      }
      for (const [k, v] of Object.entries(value)) if (v !== undefined) visit(v, path ? `${path}.${k}` : k)
      return
    }
    entry.types.add(typeof value === 'string' ? 'text' : typeof value)
    if (!entry.example && typeof value === 'string' && value.trim() !== '') entry.example = example(value)
    if (!entry.example && typeof value !== 'string') entry.example = String(value)
  }
  samples.forEach((sample) => visit(sample, ''))
  return [...rows].map(([path, { types, example }]) => ({ path, type: [...types].sort().join(' or '), example }))
}

function example(text: string): string {
  // A chapter's text starts with compose's invisible origin marker (a line between NULs): skipped.
  const lines = text.replace(/\u0000[^\u0000]*\u0000\n?/g, '').split('\n').filter((l) => l.trim() !== '')
  const line = (lines[0] ?? '').replace(/\|/g, '\\|')
  return line.length > 50 ? `${line.slice(0, 47)}…` : line
}

export function fieldTable(rows: readonly FieldRow[]): string {
  return ['| field | type | example |', '| --- | --- | --- |', ...rows.map((r) => `| \`${r.path}\` | ${r.type} | ${r.example ? `\`${r.example.replace(/`/g, "'")}\`` : ''} |`)].join('\n')
}
