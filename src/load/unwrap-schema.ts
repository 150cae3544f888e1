import { z } from 'zod'

export interface Unwrapped {
  schema: z.ZodType
  /** Some wrapper on the way accepts null (`~` in YAML). */
  nullable: boolean
}

/**
 * Strips the wrappers that do not change what a value looks like in plan.yaml (optional, default,
 * lazy, pipe input, ...), so callers see the object, array, union or scalar underneath.
 */
export function unwrapSchema(schema: z.ZodType): Unwrapped {
  let current: z.ZodType = schema
  let nullable = false
  for (let depth = 0; depth < 50; depth++) {
    if (current instanceof z.ZodNullable) nullable = true
    const inner = innerOf(current)
    if (!inner) break
    current = inner
  }
  return { schema: current, nullable }
}

function innerOf(schema: z.ZodType): z.ZodType | undefined {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodNonOptional ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch ||
    schema instanceof z.ZodLazy
  ) {
    return schema.unwrap() as z.ZodType
  }
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType
  return undefined
}

/** The keys a strict object accepts, in schema order. */
export function objectKeys(schema: z.ZodType): string[] {
  const inner = unwrapSchema(schema).schema
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : []
}

/** The union's options when `schema` is (a wrapped) union. */
export function unionOptions(schema: z.ZodType): z.ZodType[] | undefined {
  const inner = unwrapSchema(schema).schema
  return inner instanceof z.ZodUnion ? ([...inner.options] as z.ZodType[]) : undefined
}
