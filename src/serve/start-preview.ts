import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { VplanError } from '../diagnostics/index.js'
import { loadPlan, templateRoots } from '../load/index.js'
import { buildPlan } from '../pipeline/build-plan.js'
import { createTemplateResolver } from '../pipeline/resolve-templates.js'
import { createPreviewServer } from './create-server.js'
import { debounceChanges } from './debounce.js'
import { createEventDescriber } from './describe-event.js'
import { createEventStream } from './event-stream.js'
import { isLoopback } from './is-allowed-host.js'
import { createRebuilder, type PreviewEvent, type PreviewState } from './rebuild.js'
import { renderPdfInProcess } from './render-pdf-in-process.js'
import { startPdfWorker } from './start-pdf-worker.js'
import { watchFolders } from './watch-folders.js'

export interface PreviewOptions {
  planDir: string
  /** 0 picks any free port. */
  port?: number
  host?: string
  /** Quiet time after the last change before rebuilding. */
  debounceMs?: number
  /** Progress and diagnostics, one line each (the CLI writes them to stderr). */
  log?: (line: string) => void
  /** Where templates are looked up; default: ./templates, then vplan's own. */
  templateRoots?: string[]
  /** false renders the PDF on the server's thread (default: on its own thread when compiled). */
  pdfThread?: boolean
}

export interface Preview {
  url: string
  state: PreviewState
  /** Resolves when no rebuild is due or running (the PDF may still be rendering). */
  idle(): Promise<void>
  pdfIdle(): Promise<void>
  close(): Promise<void>
}

export const DEFAULTS = { port: 4173, host: '127.0.0.1', debounceMs: 40 } as const

/**
 * Builds the plan, serves it, and rebuilds on every burst of changes in the plan folder or the
 * template folders. The whole template roots are watched: a plan may switch templates, and
 * `templates/<name>` falls back to `templates/default` file by file.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const planDir = path.resolve(options.planDir)
  const roots = (options.templateRoots ?? templateRoots()).map((root) => path.resolve(root))
  const host = options.host ?? DEFAULTS.host
  const log = options.log ?? (() => {})
  const describe = createEventDescriber()
  const events = createEventStream()

  const publish = (event: PreviewEvent) => {
    describe(event).forEach(log)
    const { type, ...data } = event
    events.send({ type, data })
  }
  const pdfWorker = options.pdfThread === false ? undefined : startPdfWorker()
  const rebuilder = createRebuilder({
    planDir,
    loadPlan,
    templates: createTemplateResolver(roots),
    build: buildPlan,
    renderPdf: pdfWorker
      ? (input) => pdfWorker.render({ planDir, templateRoots: roots, templatesGeneration: input.templatesGeneration, composedFile: input.composedFile })
      : renderPdfInProcess,
    isTemplateFile: (file) => roots.some((root) => file.startsWith(root + path.sep)),
    publish,
  })
  const server = createPreviewServer({
    state: rebuilder.state,
    events,
    pdfIdle: () => rebuilder.pdfIdle(),
    boundToLoopback: isLoopback(host),
  })
  const batcher = debounceChanges((changed) => rebuilder.rebuild(changed), options.debounceMs ?? DEFAULTS.debounceMs)
  const watcher = watchFolders(
    (file) => batcher.add(file),
    (error) => log(`cannot watch: ${error.message}`),
  )

  await listen(server, options.port ?? DEFAULTS.port, host).catch(async (error: unknown) => {
    await pdfWorker?.close()
    throw error
  })
  await watcher.update([planDir, ...roots])
  batcher.add(path.join(planDir, 'plan.yaml'))
  await batcher.idle()

  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}/`,
    state: rebuilder.state,
    idle: () => batcher.idle(),
    pdfIdle: () => rebuilder.pdfIdle(),
    async close() {
      watcher.close()
      batcher.dispose()
      rebuilder.dispose()
      events.close()
      await pdfWorker?.close()
      const closed = once(server, 'close')
      server.close()
      server.closeAllConnections()
      await closed
    },
  }
}

async function listen(server: ReturnType<typeof createPreviewServer>, port: number, host: string): Promise<void> {
  try {
    server.listen(port, host)
    await once(server, 'listening')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new VplanError('environment', `port ${port} on ${host} is in use; choose another with --port (0 = any free port)`)
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new VplanError('usage', `cannot listen on ${host}: no such address on this machine`)
    throw new VplanError('environment', `cannot listen on ${host}:${port}: ${code ?? (error as Error).message}`)
  }
}
