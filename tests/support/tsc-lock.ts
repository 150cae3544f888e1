import { mkdirSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs `work` while holding the lock folder every test file takes before compiling (tsc, the
 * precompiled templates, the bundle), so no spawned CLI meets a half-written dist/. A lock older
 * than five minutes is taken to be left over from a killed run.
 */
export function withTscLock(work: () => void): void {
  const lock = path.join(os.tmpdir(), 'vplan-tsc.lock')
  const deadline = Date.now() + 300_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true })
      spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 250)'])
    }
  }
  try {
    work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
