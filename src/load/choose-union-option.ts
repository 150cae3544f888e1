import { z } from 'zod'
import { objectKeys, unwrapSchema } from './unwrap-schema.js'

/**
 * For a union of objects (a `document:` part is `{file}`, `{markdown}`, `{block, ref}` or `{block: chart, …}`): the one
 * option the user evidently meant, judged by the keys they wrote. The first required key of each
 * option names it ("file", "markdown", "block"); when none of those is present, any overlap of keys
 * decides. Returns -1 when no single option stands out.
 */
export function chooseUnionOption(options: readonly z.ZodType[], value: unknown): number {
  if (!isPlainObject(value) || !options.every(isObjectSchema)) return -1
  const written = Object.keys(value)
  const byName = indexesWhere(options, (option) => written.includes(optionName(option)))
  if (byName.length === 1) return byName[0]!
  if (byName.length > 1) return new Set(byName.map((index) => optionName(options[index]!))).size === 1 ? chooseByNameValue(options, byName, value) : -1
  const byOverlap = indexesWhere(options, (option) => objectKeys(option).some((key) => written.includes(key)))
  return byOverlap.length === 1 ? byOverlap[0]! : -1
}

/**
 * Several options share their naming key (`{block: goals}` and `{block: chart, of, …}`): the one
 * whose naming key takes the value written; when none does (a misspelt block), the first, whose
 * message lists what the key takes.
 */
function chooseByNameValue(options: readonly z.ZodType[], candidates: readonly number[], value: Record<string, unknown>): number {
  const accepting = candidates.filter((index) => {
    const inner = unwrapSchema(options[index]!).schema as z.ZodObject
    const name = optionName(options[index]!)
    return (inner.shape as Record<string, z.ZodType>)[name]!.safeParse(value[name]).success
  })
  return accepting.length === 1 ? accepting[0]! : candidates[0]!
}

/** The key that names an object option: its first required key, else its first key. */
export function optionName(option: z.ZodType): string {
  const inner = unwrapSchema(option).schema
  if (!(inner instanceof z.ZodObject)) return ''
  const shape = inner.shape as Record<string, z.ZodType>
  const keys = Object.keys(shape)
  return keys.find((key) => !(shape[key]!.safeParse(undefined).success)) ?? keys[0] ?? ''
}

export function isObjectSchema(schema: z.ZodType): boolean {
  return unwrapSchema(schema).schema instanceof z.ZodObject
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function indexesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (test(item) ? [index] : []))
}
