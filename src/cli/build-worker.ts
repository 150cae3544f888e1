import { parentPort, workerData } from 'node:worker_threads'
import { createTemplateResolver } from '../pipeline/resolve-templates.js'
import { buildPlanDir, type BuildOptions } from './build-plan-dir.js'
import type { PoolJob, PoolReply } from './build-pool.js'

/*
 * One thread of `vplan build`'s pool: builds the plan folders it is sent, one at a time, and
 * reports each plan's lines and outcome. Its template sets, fonts and pdfmake stay loaded from
 * one plan to the next, as in a single-threaded build.
 */
const options = (workerData as { options: BuildOptions }).options
const templates = createTemplateResolver()

parentPort?.on('message', (job: PoolJob) => {
  buildPlanDir(job.dir, options, templates).then(
    (report) => parentPort!.postMessage({ index: job.index, report } satisfies PoolReply),
    (error: unknown) => parentPort!.postMessage({ index: job.index, error: error instanceof Error ? error.message : String(error) } satisfies PoolReply),
  )
})
