import { z } from 'zod'
import { Amount } from '../model/numbers.js'
import { isObjectSchema, optionName } from './choose-union-option.js'
import { objectKeys, unwrapSchema } from './unwrap-schema.js'

/** What a schema expects, in words a plan editor knows from YAML: "a number", "a list", "one of: 'Öka', 'Minska'". */
export function describeExpected(schema: z.ZodType | undefined): string {
  return joinAlternatives(schema ? describeParts(schema) : [])
}

function describeParts(schema: z.ZodType): string[] {
  const { schema: inner, nullable } = unwrapSchema(schema)
  const parts = inner instanceof z.ZodUnion && !isObjectUnion(inner) && inner !== (Amount as z.ZodType)
    ? (inner.options as z.ZodType[]).flatMap(describeParts)
    : [describeInner(inner)]
  return nullable ? [...parts, '~ (empty)'] : parts
}

function joinAlternatives(parts: string[]): string {
  const unique = [...new Set(parts)]
  if (unique.length === 0) return 'a different value'
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`
}

function isObjectUnion(schema: z.ZodUnion): boolean {
  return (schema.options as z.ZodType[]).every(isObjectSchema)
}

function describeInner(schema: z.ZodType): string {
  // Amount is a union of number and string-that-parses; to the editor it is simply a number.
  if (schema === (Amount as z.ZodType)) return 'a number (1427, 34.61, "1 427" or "34,61")'
  if (schema instanceof z.ZodNumber) return schema.isInt ? 'a whole number' : 'a number'
  if (schema instanceof z.ZodString) return 'text'
  if (schema instanceof z.ZodBoolean) return 'true or false'
  if (schema instanceof z.ZodEnum) return `one of: ${schema.options.map((o) => `'${String(o)}'`).join(', ')}`
  if (schema instanceof z.ZodLiteral) return schema.values.size === 1 ? `'${String([...schema.values][0])}'` : 'a fixed value'
  if (schema instanceof z.ZodArray) return 'a list'
  if (schema instanceof z.ZodObject) return `a mapping (keys: ${objectKeys(schema).join(', ')})`
  if (schema instanceof z.ZodUnion) {
    return `a mapping with one of: ${[...new Set((schema.options as z.ZodType[]).map(optionName))].join(', ')}`
  }
  return 'a different value'
}

/** What the editor actually wrote, briefly. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'an empty value'
  if (typeof value === 'string') return `text ${quote(value)}`
  if (typeof value === 'number' && Number.isNaN(value)) return "NaN, 'not a number' (.nan in YAML)"
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `${value < 0 ? 'minus ' : ''}infinity (a number too large to compute with, such as 1e400, or .inf in YAML)`
  }
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return `${value}`
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list'
  if (typeof value === 'object') return 'a mapping'
  return typeof value
}

export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text
  return JSON.stringify(short)
}
