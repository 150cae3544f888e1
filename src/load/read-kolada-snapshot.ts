import path from 'node:path'
import { isMap } from 'yaml'
import { diagnosticAt, type Diagnostic } from '../diagnostics/index.js'
import { KOLADA_SNAPSHOT_FILE, KoladaSnapshot } from '../model/index.js'
import { decodeText } from './decode-text.js'
import { createLocator } from './locate-in-document.js'
import { parsePlanYaml } from './parse-plan-yaml.js'
import { tooLargeMessage } from './read-narratives.js'
import { readPlanFile } from './read-plan-file.js'
import { toPlainData } from './to-plain-data.js'
import type { PlanReader } from './types.js'

export type SnapshotRead =
  | { kind: 'none' }
  | { kind: 'ok'; snapshot: KoladaSnapshot; file: string; text: string }
  | { kind: 'broken'; file: string; diagnostics: Diagnostic[] }

const RULE = 'kolada-snapshot'

/**
 * Reads the plan's kolada.yaml, if it has one. A snapshot that cannot be read is reported with
 * positions in kolada.yaml: vplan kolada writes it, but it is committed and merged like any file,
 * and a conflict marker or a hand edit must not turn into figures nobody fetched.
 */
export async function readKoladaSnapshot(reader: PlanReader, displayDir: string): Promise<SnapshotRead> {
  const file = path.join(displayDir, KOLADA_SNAPSHOT_FILE)
  const broken = (message: string, position = { line: 1, column: 1 }, ruleId = RULE): SnapshotRead => ({
    kind: 'broken',
    file,
    diagnostics: [diagnosticAt(file, position, 'error', ruleId, message)],
  })
  const read = await readPlanFile(reader, KOLADA_SNAPSHOT_FILE)
  if (read.kind === 'missing') return { kind: 'none' }
  if (read.kind === 'escape') return broken('kolada.yaml is a link to a file outside the plan folder (it was not read)', undefined, 'path-escape')
  if (read.kind === 'unreadable') return broken(`cannot read kolada.yaml (${read.reason})`, undefined, 'unreadable-file')
  if (read.kind === 'too-large') return broken(tooLargeMessage(read.size), undefined, 'file-too-large')
  const decoded = decodeText(read.bytes)
  if (!decoded.ok) return broken(decoded.message, decoded.position, decoded.ruleId)

  const { doc, lineCounter, problems } = parsePlanYaml(decoded.text)
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const syntax = problems.find((p) => p.severity === 'error')
  if (syntax) return broken(`${syntax.message.replace('plan.yaml', 'kolada.yaml')}; run vplan kolada again to rewrite it`, at(syntax.offset), syntax.ruleId)
  if (!isMap(doc.contents)) return broken('kolada.yaml is not a Kolada snapshot (expected source:, api:, retrieved:, kpis:); run vplan kolada to rewrite it')
  const plain = toPlainData(doc)
  if (!plain.ok) return broken(plain.message, at(plain.offset), plain.ruleId)
  const parsed = KoladaSnapshot.safeParse(plain.data)
  if (!parsed.success) {
    const locator = createLocator(doc, lineCounter)
    const diagnostics = parsed.error.issues.slice(0, 10).map((issue) => {
      const where = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      const key = where.length ? `${where.join('.')}: ` : ''
      return diagnosticAt(file, locator.value(where), 'error', RULE, `${key}${issue.message} (kolada.yaml is written by vplan kolada; run it again rather than editing the file)`)
    })
    return { kind: 'broken', file, diagnostics }
  }
  return { kind: 'ok', snapshot: parsed.data, file, text: decoded.text }
}
