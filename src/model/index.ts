export * from './schema.js'
export { parseSwedishNumber, NUMBER_HINT } from './numbers.js'
