/**
 * Collects changed paths and runs `run` once per burst: editors write a file in several steps
 * (temporary file, rename, chmod) and "save all" touches many files within milliseconds, so the
 * run waits until `waitMs` passed without a new change. Runs never overlap: changes that arrive
 * while one runs are kept and start exactly one more run after it.
 */
export interface ChangeBatcher {
  add(path: string): void
  /** Resolves when no run is due or running (tests and shutdown wait on it). */
  idle(): Promise<void>
  dispose(): void
}

export function debounceChanges(run: (paths: ReadonlySet<string>) => Promise<void>, waitMs: number): ChangeBatcher {
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let disposed = false
  let waiters: (() => void)[] = []

  const settle = () => {
    if (timer || running || pending.size > 0) return
    const done = waiters
    waiters = []
    done.forEach((resolve) => resolve())
  }

  const start = () => {
    timer = undefined
    if (disposed || running || pending.size === 0) return settle()
    const batch = pending
    pending = new Set()
    running = run(batch)
      .catch(() => undefined) // `run` reports its own failures; a rejection must not stop later runs
      .finally(() => {
        running = undefined
        if (pending.size > 0 && !disposed) schedule()
        else settle()
      })
  }

  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(start, waitMs)
  }

  return {
    add(path) {
      if (disposed) return
      pending.add(path)
      if (!running) schedule()
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
    dispose() {
      disposed = true
      if (timer) clearTimeout(timer)
      timer = undefined
      pending.clear()
      settle()
    },
  }
}
