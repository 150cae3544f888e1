import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Diagnostic } from '../diagnostics/index.js'

/** Where a plan's build record is kept: beside its outputs, out of the way of a web upload. */
export const MANIFEST_DIR = '.vplan'

/**
 * What the last good build of a plan wrote: the fingerprint of its inputs, the SHA-256 of each
 * output as written, and the diagnostics it reported (shown again when the plan is not rebuilt).
 */
export interface BuildManifest {
  fingerprint: string
  outputs: Record<string, string>
  diagnostics: Diagnostic[]
}

export function manifestFile(outDir: string, id: string): string {
  return path.join(outDir, MANIFEST_DIR, `${id}.json`)
}

export function describeManifest(fingerprint: string, files: readonly { file: string; content: string | Uint8Array }[], diagnostics: Diagnostic[]): string {
  const outputs = Object.fromEntries(files.map(({ file, content }) => [path.basename(file), sha256(content)]))
  return JSON.stringify({ fingerprint, outputs, diagnostics } satisfies BuildManifest, null, 1) + '\n'
}

/**
 * The manifest of the last build when it is still good: the same fingerprint, and every output
 * it lists still there with the very bytes it wrote (an output deleted, or edited by hand, means
 * a rebuild). Undefined when the plan must be built.
 */
export async function findUpToDate(outDir: string, id: string, fingerprint: string, expected: readonly string[]): Promise<BuildManifest | undefined> {
  const manifest = await readManifest(manifestFile(outDir, id))
  if (!manifest || manifest.fingerprint !== fingerprint) return undefined
  const names = expected.map((file) => path.basename(file))
  if (Object.keys(manifest.outputs).sort().join('\n') !== [...names].sort().join('\n')) return undefined
  for (const name of names) {
    const bytes = await readFile(path.join(outDir, name)).catch(() => undefined)
    if (!bytes || sha256(bytes) !== manifest.outputs[name]) return undefined
  }
  return manifest
}

async function readManifest(file: string): Promise<BuildManifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<BuildManifest>
    if (typeof parsed.fingerprint !== 'string' || typeof parsed.outputs !== 'object' || !Array.isArray(parsed.diagnostics)) return undefined
    return parsed as BuildManifest
  } catch {
    // Missing or unreadable: the plan is simply built.
    return undefined
  }
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
