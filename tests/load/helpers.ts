import { cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../../src/diagnostics/index.js'
import { VplanError } from '../../src/diagnostics/index.js'
import { loadPlan, type PlanReader } from '../../src/load/index.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/load/', import.meta.url))

/** Every diagnostic loading a plan folder gives, warnings included, whether or not it throws. */
export async function diagnosticsOf(dir: string): Promise<Diagnostic[]> {
  try {
    return (await loadPlan(dir)).warnings
  } catch (error) {
    if (error instanceof VplanError && error.kind === 'input') return error.diagnostics
    throw error
  }
}

/** Diagnostics as expected.json holds them: file relative to the plan folder. */
export function relativeTo(dir: string, diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({
    file: path.relative(dir, path.resolve(d.file)).split(path.sep).join('/'),
    line: d.line,
    column: d.column,
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
  }))
}

/** A copy of a fixture in a fresh temp folder, for tests that add odd bytes or symlinks. */
export async function copyFixture(name: string): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vplan-load-')), name)
  await cp(path.join(FIXTURES, name), dir, { recursive: true })
  return dir
}

/** An in-memory PlanReader that remembers what it was asked for. */
export function memoryReader(files: Record<string, string | Buffer>): PlanReader & { requested: string[] } {
  const requested: string[] = []
  return {
    requested,
    async read(relativePath) {
      requested.push(relativePath)
      const content = files[relativePath]
      return content === undefined ? undefined : Buffer.from(content)
    },
  }
}

/** What `loadPlanFrom` rejects with, or [] when it loads. */
export async function rejection(promise: Promise<unknown>): Promise<Diagnostic[]> {
  try {
    await promise
    return []
  } catch (error) {
    if (error instanceof VplanError) return error.diagnostics
    throw error
  }
}
