import { z } from 'zod'
import { chooseUnionOption, isObjectSchema, isPlainObject } from './choose-union-option.js'
import { unwrapSchema } from './unwrap-schema.js'
import type { DataPath } from './types.js'

/**
 * The zod schema that governs the value at `path`, wrappers kept (so `nullable` can still be seen).
 * Unions are entered through the option the data points at, or else the first option that has
 * somewhere to go for the next segment.
 */
export function schemaAtPath(root: z.ZodType, path: DataPath, data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root
  let value = data
  for (const segment of path) {
    if (!schema) return undefined
    schema = childSchema(enterUnion(schema, value, segment), segment)
    value = childValue(value, segment)
  }
  return schema
}

/**
 * The option of a union that `value` is meant for (see chooseUnionOption); for a mixed union such
 * as "a number or {total, women, men}", the one object option when the value is a mapping.
 */
export function resolveUnion(schema: z.ZodType, value: unknown): z.ZodType {
  const inner = unwrapSchema(schema).schema
  if (!(inner instanceof z.ZodUnion)) return inner
  const options = [...inner.options] as z.ZodType[]
  const chosen = options[chooseUnionOption(options, value)]
  if (chosen) return resolveUnion(chosen, value)
  const objects = options.filter(isObjectSchema)
  return isPlainObject(value) && objects.length === 1 ? resolveUnion(objects[0]!, value) : inner
}

function enterUnion(schema: z.ZodType, value: unknown, segment: string | number): z.ZodType {
  const inner = unwrapSchema(schema).schema
  if (!(inner instanceof z.ZodUnion)) return inner
  const options = [...inner.options] as z.ZodType[]
  const chosen = options[chooseUnionOption(options, value)]
  if (chosen) return enterUnion(chosen, value, segment)
  const fitting = options.find((option) => childSchema(enterUnion(option, value, segment), segment))
  return fitting ? enterUnion(fitting, value, segment) : inner
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  const inner = unwrapSchema(schema).schema
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, z.ZodType>)[String(segment)]
  if (inner instanceof z.ZodArray && typeof segment === 'number') return inner.element as z.ZodType
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType
  return undefined
}

export function childValue(value: unknown, segment: string | number): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined
  return (value as Record<string | number, unknown>)[segment]
}

export function valueAtPath(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((value, segment) => childValue(value, segment), data)
}
