// Loaded with --import when /usr/bin/time is missing: reports this process's peak RSS (KB) and
// CPU seconds (user, system) in GNU time's "%M %U %S" format.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`)
})
