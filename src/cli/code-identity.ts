import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let identity: string | undefined

/**
 * vplan's version and a hash of the code that runs (the JavaScript files beside this one: the
 * bundle in dist/bundle/, or this stage's folder in dist/): a changed vplan, released or not,
 * rebuilds every plan. The bundle's chunks are named by esbuild after their content, so their
 * names stand for them and only the entries (which import them by name) are read: about 1 ms.
 */
export function codeIdentity(): string {
  if (identity) return identity
  const here = path.dirname(fileURLToPath(import.meta.url))
  const hash = createHash('sha256')
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  hash.update(`vplan ${pkg.version}\u0000`)
  for (const name of readdirSync(here).filter((file) => file.endsWith('.js')).sort()) {
    hash.update(`${name}\u0000`)
    if (!/^chunk-[A-Z0-9]+\.js$/.test(name)) hash.update(readFileSync(path.join(here, name))).update('\u0000')
  }
  identity = `${pkg.version}+${hash.digest('hex').slice(0, 16)}`
  return identity
}
