// Runs a command in a fresh process N times: wall time measured here, peak RSS by /usr/bin/time
// (or, without it, by a preload that reports process.resourceUsage() for Node children).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { summarize } from './stats.js'

const TIME = '/usr/bin/time'
const HAS_TIME = existsSync(TIME)
const PRELOAD = new URL('./rss-preload.js', import.meta.url).href

/** One run: { ms, rssMb, cpuMs (user+sys of the process tree), status, stdout, stderr }. */
export function runOnce(command, args, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'vplan-bench-rss-'))
  const rssFile = path.join(dir, 'rss')
  let cmd = command
  let argv = args
  const env = { ...process.env, ...options.env }
  if (HAS_TIME) {
    cmd = TIME
    argv = ['-f', '%M %U %S', '-o', rssFile, command, ...args]
  } else if (command === process.execPath) {
    argv = ['--import', PRELOAD, ...args]
    env.BENCH_RSS_FILE = rssFile
  }
  const started = performance.now()
  const result = spawnSync(cmd, argv, {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? 600_000,
  })
  const ms = performance.now() - started
  const [rssKb, user, sys] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : []
  rmSync(dir, { recursive: true, force: true })
  return { ms, rssMb: rssKb / 1024, cpuMs: (user + sys) * 1000, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error }
}

/**
 * `warmup` runs first (discarded: they fill the file cache), then `runs` measured ones.
 * `before(i)` runs untimed before each run (e.g. to empty an output folder).
 */
export function measure(command, args, { runs = 5, warmup = 1, before, ...options } = {}) {
  const times = []
  const rss = []
  const cpu = []
  let last
  for (let i = -warmup; i < runs; i++) {
    before?.(i)
    last = runOnce(command, args, options)
    if (last.status !== 0 || last.error) {
      const why = last.error?.message ?? `exit ${last.status}: ${(last.stderr || last.stdout).trim().split('\n').slice(-3).join(' | ')}`
      return { failed: why.slice(0, 300) }
    }
    if (i >= 0) {
      times.push(last.ms)
      rss.push(last.rssMb)
      cpu.push(last.cpuMs)
    }
  }
  return { time: summarize(times), rss: summarize(rss), cpu: summarize(cpu) }
}

export const rssSource = HAS_TIME ? 'GNU time %M (the largest single process of the tree); CPU = user+sys of the whole tree' : 'process.resourceUsage() in the child (Node children only)'
