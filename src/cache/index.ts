export { TextKeyedCache } from './text-keyed-cache.js'
