export * from './schema.js'
export type { Layout, TemplateSet, TemplateSource } from './template-set.js'
export { parseSwedishNumber, NUMBER_HINT } from './numbers.js'
