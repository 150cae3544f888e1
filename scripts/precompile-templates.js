// Precompiles the shipped template sets (templates/*/ over templates/default/) into
// dist/compose/precompiled-templates.js, which the CLI bundle carries (scripts/bundle.js). Part of
// `npm run compile`, after tsc: it runs the compiled checks and Handlebars of dist/.
// A set that does not pass checkTemplates cleanly is left out and compiled at run time.
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { precompiledTemplatesModule } from '../dist/compose/precompile-template-set.js'
import { loadTemplateSet } from '../dist/load/load-template-set.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const TEMPLATES = path.join(ROOT, 'templates')
const TARGET = path.join(ROOT, 'dist/compose/precompiled-templates.js')

const names = readdirSync(TEMPLATES)
  .filter((name) => existsSync(path.join(TEMPLATES, name, 'template.json')))
  .sort()
const sets = []
for (const name of names) sets.push(await loadTemplateSet(name, [TEMPLATES]))
const { source, left } = precompiledTemplatesModule(sets)
writeFileSync(TARGET, source)
const done = names.filter((name) => !left.includes(name))
process.stderr.write(`precompiled templates: ${done.join(', ') || 'none'}${left.length ? ` (not clean, left to run time: ${left.join(', ')})` : ''}\n`)
