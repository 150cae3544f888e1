import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withTscLock } from '../../support/tsc-lock.js'

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
export const BIN = path.join(ROOT, 'bin/vplan.js')
export const BUNDLE_DIR = path.join(ROOT, 'dist/bundle')

/** The rule bin/vplan.js applies: the bundle runs while it is not older than tsc's last output. */
export function bundleIsCurrent(): boolean {
  const bundled = statSync(path.join(BUNDLE_DIR, 'vplan.js'), { throwIfNoEntry: false })
  const compiled = statSync(path.join(ROOT, 'dist/.tsbuildinfo'), { throwIfNoEntry: false })
  return bundled !== undefined && (compiled === undefined || bundled.mtimeMs >= compiled.mtimeMs)
}

/**
 * Does what `npm run compile` does when the bundle is missing or older than dist/ (CI builds
 * before testing, so there this does nothing). Other test files run tsc too: the lock is the one
 * tests/hostile/support/cli.ts takes, and the bundle is rebuilt should a tsc of theirs that was
 * already running emit after it.
 */
export function ensureBundle(): void {
  if (bundleIsCurrent()) return
  withTscLock(() => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc')
    // Other engineers' work in progress may not type-check; tsc still emits, which is all we need.
    spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' })
    for (let attempt = 0; attempt < 3 && !bundleIsCurrent(); attempt++) {
      for (const script of ['scripts/precompile-templates.js', 'scripts/bundle.js']) {
        const run = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' })
        if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr}`)
      }
    }
  })
  if (!bundleIsCurrent()) throw new Error('dist/bundle/ is still older than dist/: is a tsc running?')
}
