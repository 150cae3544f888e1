import type { z } from 'zod'
import { chooseUnionOption, isObjectSchema, isPlainObject, optionName } from './choose-union-option.js'
import { schemaAtPath, valueAtPath } from './schema-at-path.js'
import { objectKeys, unionOptions, unwrapSchema } from './unwrap-schema.js'
import type { DataPath } from './types.js'

type ZodIssue = z.core.$ZodIssue

/** A zod issue with a plain path (no symbols), relative to the plan's root. */
export type PlainIssue = ZodIssue extends unknown ? WithPlainPath<ZodIssue> : never
type WithPlainPath<T> = T extends unknown ? Omit<T, 'path'> & { path: DataPath } : never

/** The value at `path` matched none of a union's options by type (e.g. `true` where a number or a mapping goes). */
export interface TypeMismatch {
  code: 'type_mismatch'
  path: DataPath
}

/** A mapping for a union of objects that does not say which option it is (`{fil: ...}` for a document part). */
export interface UnionChoice {
  code: 'union_choice'
  path: DataPath
  /** The key that names each option: file, markdown, block. */
  names: string[]
  /** Every key any option accepts, for typo suggestions. */
  keys: string[]
}

export type LeafIssue = PlainIssue | TypeMismatch | UnionChoice

/**
 * zod reports a failed union as every option's failures at once. An editor made one mistake, so
 * we keep the failures of the option they evidently meant and drop the rest; when no option
 * fits at all, one leaf says so.
 */
export function simplifyIssues(issues: readonly ZodIssue[], root: z.ZodType, data: unknown): LeafIssue[] {
  return issues.flatMap((issue) => simplify(issue, [], root, data))
}

function simplify(issue: ZodIssue, base: DataPath, root: z.ZodType, data: unknown): LeafIssue[] {
  const path = [...base, ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))]
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path } as PlainIssue]
  const branches = issue.errors.map((errors) => errors.flatMap((e) => simplify(e, path, root, data)))
  const options = unionOptions(schemaAtPath(root, path, data) ?? root)
  const value = valueAtPath(data, path)
  if (options && options.length === branches.length && options.every(isObjectSchema) && isPlainObject(value)) {
    const index = chooseUnionOption(options, value)
    const chosen = branches[index]
    if (chosen) return withSiblingValues(chosen, path, options, index)
    const keys = [...new Set(options.flatMap(objectKeys))]
    return [{ code: 'union_choice', path, names: [...new Set(options.map(optionName))], keys }]
  }
  const fitting = branches.filter((branch) => !isTypeMismatchAt(branch, path, value))
  if (fitting.length === 0) return [{ code: 'type_mismatch', path }]
  return fitting.reduce((best, branch) => (branch.length < best.length ? branch : best))
}

/**
 * A misspelt naming value (`block: operatingBudgt`) is reported by the first option that takes
 * the key, which lists only its own values; options named by the same key (`block: chart`) take
 * others, and the message lists them all.
 */
function withSiblingValues(chosen: LeafIssue[], path: DataPath, options: readonly z.ZodType[], index: number): LeafIssue[] {
  const name = optionName(options[index]!)
  return chosen.map((issue) => {
    if (issue.code !== 'invalid_value' || !samePath(issue.path, [...path, name])) return issue
    const values = [...new Set([...issue.values, ...options.flatMap((option) => (optionName(option) === name ? valuesOfKey(option, name) : []))])]
    return { ...issue, values }
  })
}

/** The values an object option's key takes, when it is an enum or a literal. */
function valuesOfKey(option: z.ZodType, key: string): z.core.util.Primitive[] {
  const shape = (unwrapSchema(option).schema as z.ZodObject).shape as Record<string, z.ZodType>
  const values = (shape[key] as { _zod?: { values?: Set<z.core.util.Primitive> } } | undefined)?._zod?.values
  return values ? [...values] : []
}

function isTypeMismatchAt(branch: LeafIssue[], path: DataPath, value: unknown): boolean {
  return (
    branch.length > 0 &&
    branch.every(
      (issue) => ((issue.code === 'invalid_type' || issue.code === 'type_mismatch') || isOtherKindThanLiterals(issue, value)) && samePath(issue.path, path),
    )
  )
}

/**
 * A literal option (`values: kolada`) that a list or a number fails is no closer to what the
 * editor meant than a wrong type: the list's own problems are the ones to show.
 */
function isOtherKindThanLiterals(issue: LeafIssue, value: unknown): boolean {
  if (issue.code !== 'invalid_value') return false
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
  return issue.values.every((literal) => kind(literal) !== kind(value))
}

function samePath(a: DataPath, b: DataPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i])
}
