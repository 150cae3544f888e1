// A .cpuprofile (node --cpu-prof) as tables: self time by package and by function, and inclusive
// time of vplan's own functions (everything that ran below them).
import { readFileSync } from 'node:fs'
import { mdTable } from './table.js'

export function summarizeProfile(file, { top = 20 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map()
  const selfByPackage = new Map()
  const inclusive = new Map()
  const inclusiveAll = new Map()
  let total = 0
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    total += dt
    const node = nodes.get(id)
    add(self, label(node), dt)
    add(selfByPackage, packageOf(node.callFrame), dt)
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = nodes.get(at)
      const key = label(n)
      if (seen.has(key)) continue
      seen.add(key)
      if (n.callFrame.functionName && n.callFrame.url && !n.callFrame.url.startsWith('node:')) add(inclusiveAll, key, dt)
      if (isVplan(n.callFrame.url)) add(inclusive, key, dt)
    }
  })
  const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v), `${((v / total) * 100).toFixed(1)} %`])
  return {
    totalMs: total,
    markdown: [
      `Profile ${file.split('/').at(-1)}: ${Math.round(total)} ms sampled.`,
      '**Self time by package / area**', mdTable(['where', 'ms', 'share'], rows(selfByPackage)),
      '**Self time by function**', mdTable(['function', 'ms', 'share'], rows(self)),
      "**Inclusive time of vplan's functions (dist/)**", mdTable(['function', 'ms', 'share'], rows(inclusive)),
      '**Inclusive time of named functions in packages** (async continuations lose their callers, so this shows what the library itself spends)',
      mdTable(['function', 'ms', 'share'], rows(new Map([...inclusiveAll].filter(([k]) => !k.includes('dist/') || k.includes('node_modules'))))),
    ].join('\n\n'),
  }
}

const isVplan = (url) => url.includes('/dist/') && !url.includes('/node_modules/')
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v)

function label(node) {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : ''
  return `${functionName || '(anonymous)'} ${where}`.trim()
}

function shortUrl(url) {
  const nm = url.lastIndexOf('/node_modules/')
  if (nm >= 0) return url.slice(nm + 14)
  const dist = url.indexOf('/dist/')
  if (dist >= 0) return url.slice(dist + 1)
  return url.replace(/^file:\/\//, '')
}

function packageOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)'
  const nm = url.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const dist = url.match(/\/dist\/(.+)\/[^/]+$/)
  if (dist && isVplan(url)) return `vplan ${dist[1]}`
  if (url.startsWith('node:')) return url.includes('modules/') ? 'node: module loader' : 'node: internals'
  return url.replace(/^file:\/\//, '')
}
