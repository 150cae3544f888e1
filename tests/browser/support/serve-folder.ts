import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface FolderServer {
  url: string
  /** Every path asked for, in order: the no-network test checks nothing but the page was fetched. */
  requests: string[]
  close(): Promise<void>
}

/** A loopback server for the built pages, so the browser loads them over http as a website would. */
export async function serveFolder(dir: string): Promise<FolderServer> {
  const requests: string[] = []
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    requests.push(pathname)
    const file = path.join(dir, path.basename(pathname))
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        response.end(body)
      },
      () => {
        response.writeHead(404)
        response.end()
      },
    )
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    async close() {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
}
