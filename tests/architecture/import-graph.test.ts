import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

const SRC = path.resolve('src')

/**
 * The pipeline's order, bottom to top (README, "Layout of src/"): a stage may use the stages
 * below it, never one above or beside it. The two library entries (src/index.ts, src/stages.ts)
 * sit on top.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['diagnostics', 'cache'],
  ['model'],
  ['format'],
  ['markdown'],
  ['load', 'derive'],
  ['chart'],
  ['compose'],
  ['document'],
  ['render'],
  ['pipeline', 'write'],
  ['diff', 'serve', 'init', 'kolada'],
  ['cli'],
]

const rank = new Map(LAYERS.flatMap((layer, i) => layer.map((stage) => [stage, i] as const)))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith('.ts') ? [file] : []
  })
}

/** The stage a file belongs to: its first folder under src/, or '' for the library entries. */
function stageOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep)
  return parts.length > 1 ? parts[0]! : ''
}

/** Every relative import of a file, static, dynamic and type-only, resolved to a file under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!)
  return specifiers.map((s) => path.resolve(path.dirname(file), s))
}

const edges = sourceFiles(SRC).flatMap((file) =>
  importsOf(file).map((target) => ({ file: path.relative(SRC, file), from: stageOf(file), to: stageOf(target) })),
)

describe('the stages under src/', () => {
  test('are all placed in a layer', () => {
    const stages = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
    expect(stages.filter((stage) => !rank.has(stage))).toEqual([])
  })

  test('import only themselves and the stages below them', () => {
    const upward = edges
      .filter((e) => e.from !== '' && e.from !== e.to)
      .filter((e) => e.to === '' || rank.get(e.to)! >= rank.get(e.from)!)
      .map((e) => `${e.file} imports ${e.to || 'a library entry'}/`)
    expect(upward).toEqual([])
  })

  test('the check itself sees the imports it is about', () => {
    expect(edges.some((e) => e.from === 'cli' && e.to === 'pipeline')).toBe(true)
    expect(edges.some((e) => e.from === 'render' && e.to === 'document')).toBe(true)
    expect(edges.length).toBeGreaterThan(300)
  })
})
