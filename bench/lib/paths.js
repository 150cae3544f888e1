import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

/** The repository root, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = path.join(ROOT, 'bin/vplan.js')
export const DIST = path.join(ROOT, 'dist')
export const SEEDS = ['knivsta-sn-2024', 'danderyd-sn-2024'].map((id) => path.join(ROOT, 'plans', id))

/** `dist/` URL for dynamic imports from bench code. */
export const distUrl = (file) => new URL(`../../dist/${file}`, import.meta.url).href

export const hasPdfRenderer = () => existsSync(path.join(DIST, 'render/pdf/index.js'))
export const hasHtmlRenderer = () => existsSync(path.join(DIST, 'render/html/index.js'))
