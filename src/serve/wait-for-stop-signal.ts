import type { EventEmitter } from 'node:events'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * Resolves with the first Ctrl-C (SIGINT) or SIGTERM. While it waits, the signals no longer kill
 * the process outright, so the caller can close the watchers and the server and exit with 0.
 */
export function waitForStopSignal(target: EventEmitter = process): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      SIGNALS.forEach((name) => target.off(name, stop))
      resolve(signal)
    }
    SIGNALS.forEach((name) => target.once(name, stop))
  })
}
