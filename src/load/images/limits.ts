/**
 * Bounds on images (README, "Limits"). The page embeds every image in itself and the PDF
 * carries it too, so an image is paid for twice; a photograph exported for print (20 MB, 8000 px)
 * is the wrong file for a plan, and a tiny file that unpacks to gigabytes of pixels (a PNG bomb)
 * must be refused before it is unpacked.
 */

/** Largest image file read, in bytes: a detailed diagram or a screenshot is well below 1 MB. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024

/** Most pixels a PNG or JPEG may have (width × height): 25 million, e.g. 5000 × 5000. */
export const MAX_IMAGE_PIXELS = 25_000_000

/** Largest width or height of an SVG, in CSS pixels (about 2.6 m); beyond it is a bomb, not a diagram. */
export const MAX_SVG_DIMENSION = 10_000

/** Most elements in one SVG; hand-made and exported diagrams have hundreds. */
export const MAX_SVG_ELEMENTS = 20_000

/** How many elements all `<use>` references may expand to, and how deep they may chain. */
export const MAX_SVG_USE_EXPANSION = 10_000
export const MAX_SVG_USE_DEPTH = 8
