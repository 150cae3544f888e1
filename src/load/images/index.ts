export { collectImageRequests } from './collect-image-requests.js'
export { readImages, type ImageFolder, type ImageRequest } from './read-images.js'
export { readImage } from './read-image.js'
export { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_SVG_DIMENSION } from './limits.js'
