import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

export interface PdfJob {
  id: number
  planDir: string
  templateRoots: string[]
  /** Bumped by the server whenever a template file changed, so the worker reloads its templates. */
  templatesGeneration: number
  composedFile: string
}

export type PdfReply = { id: number; bytes: Uint8Array } | { id: number; error: string }

export interface PdfWorker {
  render(job: Omit<PdfJob, 'id'>): Promise<Uint8Array>
  close(): Promise<void>
}

const WORKER_FILE = new URL('./pdf-worker.js', import.meta.url)

/**
 * Starts the PDF thread, or returns undefined when there is no compiled worker file (running
 * from the TypeScript sources, as the unit tests do); the caller then renders in-process.
 * A worker that dies is started again by the next render.
 */
export function startPdfWorker(): PdfWorker | undefined {
  if (!existsSync(fileURLToPath(WORKER_FILE))) return undefined
  let worker: Worker | undefined
  let nextId = 1
  const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>()

  const failAll = (error: Error) => {
    pending.forEach(({ reject }) => reject(error))
    pending.clear()
  }

  const ensureWorker = (): Worker => {
    if (worker) return worker
    const started = new Worker(WORKER_FILE)
    started.unref() // the server, not a PDF in progress, decides when the process ends
    started.on('message', (reply: PdfReply) => {
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      if ('bytes' in reply) waiting?.resolve(reply.bytes)
      else waiting?.reject(new Error(reply.error))
    })
    started.on('error', (error) => failAll(error))
    started.on('exit', (code) => {
      worker = undefined
      failAll(new Error(`the PDF thread stopped (exit code ${code})`))
    })
    worker = started
    return started
  }

  return {
    render(job) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        ensureWorker().postMessage({ ...job, id } satisfies PdfJob)
      })
    },
    async close() {
      const running = worker
      worker = undefined
      await running?.terminate()
    },
  }
}
