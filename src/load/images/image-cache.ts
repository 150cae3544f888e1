import type { ImageRead } from './image-problem.js'
import { readImage } from './read-image.js'

/**
 * Images read, by the SHA-256 of their bytes: `vplan serve` reads the plan's images again on
 * every rebuild, and checking a large PNG means unpacking all of it. A few dozen entries hold a
 * plan's images; an edited image is a new key and the oldest entry goes.
 */
const reads = new Map<string, ImageRead>()
const MAX_ENTRIES = 48

export function readImageCached(hash: string, bytes: Uint8Array): ImageRead {
  const known = reads.get(hash)
  if (known) return known
  const read = readImage(bytes)
  if (reads.size >= MAX_ENTRIES) reads.delete(reads.keys().next().value!)
  reads.set(hash, read)
  return read
}
