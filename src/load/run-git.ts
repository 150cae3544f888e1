import { execFile } from 'node:child_process'

export interface GitResult {
  code: number
  stdout: Buffer
  stderr: string
}

/** Runs git without a shell (arguments are never parsed by one); never throws on a non-zero exit. */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error)
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr: stderr.toString('utf8') })
    })
  })
}
