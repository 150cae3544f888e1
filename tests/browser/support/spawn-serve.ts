import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'

export interface ServeProcess {
  url: string
  /** Everything the server wrote to stderr so far. */
  stderr(): string
  /** Sends Ctrl-C (SIGINT) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

const BIN = path.resolve('bin/vplan.js')

/**
 * Runs `vplan serve` as a user does (compiled CLI, its own process, port 0) in `cwd`, where the
 * plan copy and a templates/ copy live, and resolves once it printed its URL.
 */
export async function spawnServe(cwd: string, planDir: string, timeoutMs = 60_000): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', planDir, '--port', '0'], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
  let output = ''
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => (output += chunk))
  const exited = once(child, 'exit').then(([code]) => code as number | null)

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`vplan serve printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.stderr!.on('data', () => {
      const found = /vplan serve: (http:\/\/\S+\/)/.exec(output)
      if (!found) return
      clearTimeout(timer)
      resolve(found[1]!)
    })
    void exited.then((code) => fail(new Error(`vplan serve exited with ${code}:\n${output}`)))
  })

  return {
    url,
    stderr: () => output,
    async stop(signal = 'SIGINT') {
      if (child.exitCode !== null) return child.exitCode
      child.kill(signal)
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}
