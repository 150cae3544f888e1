import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

export interface InputsToFingerprint {
  /** The plan folder: every file in it is an input (plan.yaml, chapters, images, kolada.yaml). */
  planDir: string
  /** The template roots (templates/ here and vplan's own): the plan's set and default are in them. */
  templateRoots: readonly string[]
  /** Everything else the outputs depend on: vplan's code, the formats, where output and diagnostics point. */
  salt: string
}

/**
 * A hash of every byte a plan's build reads, taken before reading the plan: the files of its
 * folder and of the template roots, by relative path and content, in a fixed order. The same
 * fingerprint means the same outputs, so a build that finds its last one still in place has
 * nothing to do. It errs on the safe side: any file in those folders, used or not, counts.
 */
export async function fingerprintInputs(inputs: InputsToFingerprint): Promise<string> {
  const hash = createHash('sha256')
  hash.update(`${inputs.salt}\u0000`)
  for (const [label, dir] of [['plan', inputs.planDir], ...inputs.templateRoots.map((root) => ['templates', root] as const)] as const) {
    for (const file of await listFiles(dir)) {
      hash.update(`${label}:${file}\u0000`)
      hash.update(await readFile(path.join(dir, file)).catch(() => Buffer.from('unreadable')))
      hash.update('\u0000')
    }
  }
  return hash.digest('hex')
}

/** Files under `dir`, relative, sorted; none when it does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort()
}
