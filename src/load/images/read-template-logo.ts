import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { VplanError, hasErrors, type Diagnostic } from '../../diagnostics/index.js'
import type { ImageAsset } from '../../model/index.js'
import { createFolderReader } from '../create-folder-reader.js'
import { parseJson } from '../parse-json.js'
import { positionAt } from '../position-at.js'
import { readImages } from './read-images.js'

/**
 * The logo a template names (`"logo": "logotyp.svg"` in its template.json), read from that
 * template's own folder (the last of the set that names one, so a municipality's logo replaces
 * none of the default's, which has none). Problems are input errors at the `logo` key.
 */
export async function readTemplateLogo(dirs: readonly string[]): Promise<{ logo?: ImageAsset; warnings: Diagnostic[] }> {
  for (const dir of [...dirs].reverse()) {
    const file = path.join(dir, 'template.json')
    const text = await readFile(file, 'utf8').catch(() => '')
    const shown = path.relative(process.cwd(), file) || file
    // Broken JSON is reported by parseJson at its line and column, as for the rest of template.json.
    const logo = ((text ? parseJson(text, shown, 'template-json') : {}) as { logo?: unknown }).logo
    if (logo === undefined) continue
    const position = positionAt(text, Math.max(0, text.indexOf('"logo"')))
    if (typeof logo !== 'string' || logo === '') {
      throw new VplanError('input', `${shown}: logo`, [{ file: shown, ...position, severity: 'error', ruleId: 'template-json', message: '"logo" names an image file in the template folder, e.g. "logotyp.svg"' }])
    }
    const folder = { reader: createFolderReader(dir), displayDir: path.relative(process.cwd(), dir) || dir, name: 'the template folder' }
    const read = await readImages([{ url: encodeURI(logo), file: shown, position }], folder)
    if (hasErrors(read.diagnostics)) throw new VplanError('input', `${shown}: logo`, read.diagnostics)
    const asset = read.images.values().next().value
    return { ...(asset ? { logo: asset } : {}), warnings: read.diagnostics }
  }
  return { warnings: [] }
}
