export * from './schema.js'
export type { Layout, TemplateSet, TemplateSource } from './template-set.js'
export { parseSwedishNumber, NUMBER_HINT } from './numbers.js'
export { DECORATIVE_TITLE, IMAGE_MIME, isDecorative, type ImageAsset, type ImageFormat } from './image.js'
