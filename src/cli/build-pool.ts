import { Worker } from 'node:worker_threads'
import type { BuildOptions, PlanBuildReport } from './build-plan-dir.js'

export interface PoolJob {
  index: number
  dir: string
}

export type PoolReply = { index: number; report: PlanBuildReport } | { index: number; error: string }

const WORKER_FILE = new URL('./build-worker.js', import.meta.url)

/**
 * Builds plan folders on `threads` worker threads, each taking the next plan when it is done
 * (plans differ in size, so a fixed split would leave a thread idle). `onReport` gets each plan's
 * report with its index as it comes in. An internal error in a plan is thrown once every thread
 * has stopped.
 */
export async function buildInPool(dirs: readonly string[], options: BuildOptions, threads: number, onReport: (report: PlanBuildReport, index: number) => void): Promise<void> {
  const errors: string[] = []
  let next = 0
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= dirs.length) return resolve()
        const index = next++
        worker.postMessage({ index, dir: dirs[index]! } satisfies PoolJob)
      }
      worker.on('message', (reply: PoolReply) => {
        if ('error' in reply) errors.push(`${dirs[reply.index]}: ${reply.error}`)
        onReport('error' in reply ? { lines: [], outcome: 'environment' } : reply.report, reply.index)
        give()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => (next < dirs.length || code !== 0 ? reject(new Error(`a build thread stopped (exit code ${code})`)) : resolve()))
      give()
    })
  const workers = Array.from({ length: Math.min(threads, dirs.length) }, () => new Worker(WORKER_FILE, { workerData: { options } }))
  try {
    await Promise.all(workers.map(run))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  if (errors.length > 0) throw new Error(errors.join('\n'))
}
