#!/usr/bin/env node
// CPU profiles (node --cpu-prof) of the cold seed build and of a synthetic plan, summarised.
// Usage: node bench/profile.js [cold [FORMATS] | scale PAGES [FORMATS] | warm FORMAT | FILE.cpuprofile]
// Profiles go to bench/.cache/profiles/.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { generatePlan, writePlan } from './generate-plan.js'
import { BIN, ROOT, SEEDS } from './lib/paths.js'
import { summarizeProfile } from './lib/summarize-profile.js'

const [what = 'cold', arg] = process.argv.slice(2)
const cache = path.join(ROOT, 'bench/.cache')
const dir = path.join(cache, 'profiles')
mkdirSync(dir, { recursive: true })

function profile(prefix, args) {
  for (const f of readdirSync(dir)) if (f.startsWith(prefix)) rmSync(path.join(dir, f))
  const flags = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', `${prefix}.cpuprofile`, '--cpu-prof-interval', '200']
  const run = spawnSync(process.execPath, [...flags, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (run.status !== 0) process.exit(run.status ?? 2)
  return path.join(dir, `${prefix}.cpuprofile`)
}

const profileBuild = (name, plans, formats = 'pdf,html,md') =>
  profile(`${name}-${formats.replaceAll(',', '-')}`, [BIN, 'build', ...plans, '--out', path.join(cache, 'profile-out'), '--format', formats, '--force'])

let file
if (what === 'cold') file = profileBuild('cold-seeds', SEEDS, arg)
else if (what === 'scale') {
  const pages = Number(arg ?? 1000)
  const plan = path.join(cache, 'plans', `synthetic-${pages}`)
  writePlan(plan, generatePlan({ pages }))
  file = profileBuild(`synthetic-${pages}`, [plan], process.argv[4])
} else if (what === 'warm') {
  const format = arg ?? 'pdf'
  file = profile(`warm-knivsta-${format}`, [path.join(ROOT, 'bench/warm-child.js'), SEEDS[0], format, '20', '2'])
} else file = what
process.stdout.write(summarizeProfile(file).markdown + '\n')
