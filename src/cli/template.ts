import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { oneLine, VplanError } from '../diagnostics/index.js'
import { scaffoldTemplate } from '../init/scaffold-template.js'
import { findTemplateDir, loadTemplateSet, readFolderFiles, templateRoots } from '../load/index.js'
import { mergeStyle } from '../render/pdf/style/merge-style.js'
import { writeFolderAtomic } from '../write/write-atomic.js'

const USAGE = `Usage:
  vplan template new NAME [--from default|knivsta|danderyd]   a template folder of overrides in templates/NAME/

A plan uses it with \`template: NAME\` in plan.yaml. docs/templates.md explains every file.`

/** `vplan template new`: templates/NAME/ in the current folder, holding only overrides. */
export async function runTemplate(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const [verb, name, ...rest] = positionals
  if (verb !== 'new' || name === undefined || rest.length > 0) throw usage('expected: vplan template new NAME')
  if (!/^[a-z0-9-]+$/.test(name) || name === 'default') throw usage(`'${oneLine(name)}' cannot be a template name: use a–z, 0–9 and - (and not "default")`)
  const dir = path.resolve('templates', name)
  if (existsSync(dir)) throw usage(`templates/${name} already exists: choose another NAME`)
  const from = values.from ?? 'default'
  const roots = templateRoots()
  const sourceDir = findTemplateDir(from, roots)
  const defaultDir = findTemplateDir('default', roots)
  if (!/^[a-z0-9-]+$/.test(from) || !sourceDir || !defaultDir) throw usage(`unknown template '${oneLine(from)}' for --from (looked in ${roots.join(', ')})`)
  const set = await loadTemplateSet(from, roots)
  const files = scaffoldTemplate({
    layout: set.layout,
    pdfStyle: mergeStyle(set.pdfStyle).style,
    // The source's own files; its settings are written out in full by the scaffold.
    ownFiles: from === 'default' ? [] : await readFolderFiles(sourceDir, ['template.json', 'pdf-style.json']),
    cssProperties: rootProperties(await readFile(path.join(defaultDir, 'style.css'), 'utf8')),
  })
  await writeFolderAtomic(dir, files)
  process.stderr.write(`templates/${name}: a new template${from === 'default' ? '' : ` from ${from}`}; use it with "template: ${name}" in a plan's meta\n`)
  return 0
}

/** The declarations inside the stylesheet's first `:root { … }`. */
function rootProperties(css: string): string {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
  return block.split('\n').map((line) => line.trim()).filter(Boolean).join('\n')
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    throw usage((error as Error).message)
  }
}

function usage(message: string): VplanError {
  return new VplanError('usage', `template: ${message}\n\n${USAGE}`)
}
