import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

/**
 * Global setup: `vplan serve` is tested as users run it, from the compiled CLI (its PDF thread
 * exists only as compiled JavaScript), so dist/ is brought up to date first. tsc emits even when
 * it reports type errors elsewhere; those are printed, and the tests judge the result.
 */
export default function compile(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { encoding: 'utf8' })
  if (result.status !== 0) {
    process.stderr.write(`test:browser: tsc reported problems (dist/ was still written):\n${result.stdout}${result.stderr}\n`)
  }
}
