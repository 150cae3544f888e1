import { readFile, readdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Layout, TemplateSet, TemplateSource } from '../model/index.js'
import { diagnosticAt, VplanError } from '../diagnostics/index.js'
import { parseJson } from './parse-json.js'
import { readTemplateLogo } from './images/read-template-logo.js'
import type { SourcePosition } from './types.js'

/**
 * vplan's own templates, shipped in the package. This file runs two folders below the package
 * root both as dist/load/ and inside the bundle's dist/bundle/ (scripts/bundle.js).
 */
const PACKAGE_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url))

/** Where templates are looked up: the user's project first, then vplan's own. */
export function templateRoots(cwd = process.cwd()): string[] {
  const local = path.join(cwd, 'templates')
  return local === path.resolve(PACKAGE_TEMPLATES) ? [local] : [local, PACKAGE_TEMPLATES]
}

/** The folder of the template called `name`: the first root that has it. */
export function findTemplateDir(name: string, roots: readonly string[] = templateRoots()): string | undefined {
  return roots.map((root) => path.join(root, name)).find((dir) => existsSync(path.join(dir, 'template.json')))
}

/** Where the template was asked for (`template:` in plan.yaml), so an unknown name is shown there. */
export interface TemplateRequest {
  file: string
  position?: SourcePosition
}

/**
 * Reads templates/<name>/ over templates/default/: the municipality's files replace the default's
 * file by file, so a municipality template holds only the partials that differ. Broken JSON and,
 * given `requestedAt`, an unknown name are input errors with a positioned diagnostic.
 */
export async function loadTemplateSet(name: string, roots: readonly string[] = templateRoots(), requestedAt?: TemplateRequest): Promise<TemplateSet> {
  const base = findTemplateDir('default', roots)
  const own = findTemplateDir(name, roots)
  if (!base) throw new VplanError('environment', `the default template is missing (looked in ${roots.join(', ')})`)
  if (!own) {
    const message = `unknown template '${name}' (looked in ${roots.join(', ')})`
    const at = requestedAt ? [diagnosticAt(requestedAt.file, requestedAt.position, 'error', 'unknown-template', message)] : []
    throw new VplanError('input', message, at)
  }
  const dirs = own === base ? [base] : [base, own]
  const pick = async (file: string) => lastExisting(dirs.map((dir) => path.join(dir, file)))
  const partials: Record<string, TemplateSource> = {}
  for (const dir of dirs) {
    const partialDir = path.join(dir, 'partials')
    if (!existsSync(partialDir)) continue
    for (const entry of (await readdir(partialDir)).sort()) {
      if (entry.endsWith('.hbs')) partials[entry.slice(0, -4)] = await readSource(path.join(partialDir, entry))
    }
  }
  const { logo, warnings: logoWarnings } = await readTemplateLogo(dirs)
  const layoutFile = await pick('template.json')
  const layout = { ...(await readJson(path.join(base, "template.json"))), ...(layoutFile ? await readJson(layoutFile) : {}) } as unknown as Layout
  return {
    name,
    layout,
    document: await readSource((await pick('document.hbs'))!),
    partials,
    css: await concatenate(dirs.map((dir) => path.join(dir, 'style.css'))),
    // Kept apart from style.css so a page without images is byte for byte what it was before images.
    figureCss: await concatenate(dirs.map((dir) => path.join(dir, 'figures.css'))),
    page: (await readOptional((await pick('page.html')) ?? '')) ?? '',
    pdfStyle: await mergeJson(dirs.map((dir) => path.join(dir, 'pdf-style.json'))),
    logo,
    logoWarnings,
  }
}

function lastExisting(files: string[]): string | undefined {
  return files.filter((file) => existsSync(file)).at(-1)
}

async function readSource(file: string): Promise<TemplateSource> {
  return { file: path.relative(process.cwd(), file) || file, text: await readFile(file, 'utf8') }
}

async function readOptional(file: string): Promise<string | undefined> {
  return file && existsSync(file) ? readFile(file, 'utf8') : undefined
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  const shown = path.relative(process.cwd(), file)
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const message = `cannot read: ${error.code ?? error.message}`
    throw new VplanError('input', `${shown}: ${message}`, [diagnosticAt(shown, undefined, 'error', 'template-read', message)])
  })
  return parseJson(text, shown, 'template-json') as Record<string, unknown>
}

/** The default stylesheet, then the municipality's additions: later rules win. */
async function concatenate(files: string[]): Promise<string> {
  const texts = await Promise.all(files.map(readOptional))
  return texts.filter((text): text is string => text !== undefined).join('\n')
}

async function mergeJson(files: string[]): Promise<Record<string, unknown>> {
  let merged: Record<string, unknown> = {}
  for (const file of files) if (existsSync(file)) merged = deepMerge(merged, await readJson(file))
  return merged
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key]
    out[key] = isPlainObject(prior) && isPlainObject(value) ? deepMerge(prior, value) : value
  }
  return out
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
