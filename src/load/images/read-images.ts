import { createHash } from 'node:crypto'
import path from 'node:path'
import { diagnosticAt, type Diagnostic } from '../../diagnostics/index.js'
import { isDecorative, type ImageAsset } from '../../model/index.js'
import { formatBytes } from '../limits.js'
import { escapesByName } from '../path-escape.js'
import { readPlanFile } from '../read-plan-file.js'
import type { PlanReader, SourcePosition } from '../types.js'
import { readImageCached } from './image-cache.js'
import { MAX_IMAGE_BYTES } from './limits.js'

/** An image named somewhere: in a Markdown text (with alt and title) or as a logo. */
export interface ImageRequest {
  url: string
  /** Display path of the file that names it, and where. */
  file: string
  position: SourcePosition
  /** For Markdown images; a logo's alt text is the municipality's name. */
  alt?: string
  title?: string | undefined
}

export interface ImageFolder {
  reader: PlanReader
  /** Display path of the folder (plan or template), for the image files' own diagnostics. */
  displayDir: string
  /** What the folder is, for messages: "the plan folder". */
  name: string
}

/**
 * Reads every image requested, once per address, from one folder: a local file inside it, by a
 * relative path; never an address (http:, data: …), an absolute path, `..` or a link out. Each
 * problem is a diagnostic at the request (or, for what the SVG sanitiser removed, in the SVG).
 * A Markdown image without alt text that is not marked decorative is a warning (WCAG 1.1.1).
 */
export async function readImages(requests: readonly ImageRequest[], folder: ImageFolder) {
  const images = new Map<string, ImageAsset>()
  const diagnostics: Diagnostic[] = []
  const outcome = new Map<string, ImageAsset | undefined>()
  for (const request of requests) {
    if (request.alt !== undefined && request.alt.trim() === '' && !isDecorative(request.alt, request.title)) {
      diagnostics.push(
        diagnosticAt(request.file, request.position, 'warning', 'image-alt', `the image '${shorten(request.url)}' has no alt text: describe what it shows in the brackets, ![like this](${shorten(request.url)}), or mark it as decorative with ![](${shorten(request.url)} "dekorativ") (WCAG 1.1.1)`),
      )
    }
    if (!outcome.has(request.url)) outcome.set(request.url, await readOne(request, folder, diagnostics))
    else if (outcome.get(request.url) === undefined) repeatFailure(request, diagnostics)
    const asset = outcome.get(request.url)
    if (asset) images.set(request.url, asset)
  }
  return { images, diagnostics }
}

async function readOne(request: ImageRequest, folder: ImageFolder, diagnostics: Diagnostic[]): Promise<ImageAsset | undefined> {
  const error = (ruleId: string, message: string) => {
    diagnostics.push(diagnosticAt(request.file, request.position, 'error', ruleId, message))
    return undefined
  }
  const shown = shorten(request.url)
  if (/^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(request.url) && !/^[a-z]:[\\/]/i.test(request.url)) {
    return error('image-remote', `the image '${shown}' is an address, not a file: download it into ${folder.name} (e.g. bilder/) and name that file; the page and the PDF load nothing from elsewhere`)
  }
  const relative = decodePath(request.url)
  if (relative === undefined || relative === '' || escapesByName(relative)) {
    return error('path-escape', `the image '${shown}' points outside ${folder.name}; images must lie inside it (the file was not read)`)
  }
  const read = await readPlanFile(folder.reader, relative, MAX_IMAGE_BYTES)
  if (read.kind === 'escape') return error('path-escape', `the image '${shown}' is a link to a file outside ${folder.name} (it was not read)`)
  if (read.kind === 'missing') return error('missing-file', `image not found: '${shown}' (paths are relative to ${folder.name})`)
  if (read.kind === 'unreadable') return error('unreadable-file', `cannot read the image '${shown}' (${read.reason})`)
  if (read.kind === 'too-large') return error('image-too-large', `the image '${shown}' is ${formatBytes(read.size)}; vplan embeds images of at most ${formatBytes(MAX_IMAGE_BYTES)}: scale it down or save it with more compression`)
  const hash = createHash('sha256').update(read.bytes).digest('hex')
  const image = readImageCached(hash, read.bytes)
  if (!image.ok) return error(image.problem.ruleId, `the image '${shown}': ${image.problem.message}`)
  if (image.format !== 'svg') return { format: image.format, bytes: new Uint8Array(read.bytes), width: image.width, height: image.height, hash }
  const file = path.join(folder.displayDir, relative)
  for (const warning of image.warnings) diagnostics.push(diagnosticAt(file, warning.position, 'warning', warning.ruleId, warning.message))
  return { format: 'svg', bytes: new TextEncoder().encode(image.svg), svg: image.svg, width: image.width, height: image.height, hash }
}

/** The same broken address used again: said once more at this place, so every use gets fixed. */
function repeatFailure(request: ImageRequest, diagnostics: Diagnostic[]): void {
  diagnostics.push(diagnosticAt(request.file, request.position, 'error', 'image-unusable', `the image '${shorten(request.url)}' cannot be used (see the first use above)`))
}

function decodePath(url: string): string | undefined {
  try {
    return decodeURIComponent(url)
  } catch {
    return undefined
  }
}

function shorten(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url
}
