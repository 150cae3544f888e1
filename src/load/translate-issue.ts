import type { z } from 'zod'
import { NUMBER_HINT } from '../model/numbers.js'
import { isPlainObject } from './choose-union-option.js'
import { describeExpected, describeFound } from './describe-schema.js'
import { formatDataPath } from './format-data-path.js'
import { resolveUnion, schemaAtPath, valueAtPath } from './schema-at-path.js'
import type { LeafIssue, PlainIssue } from './simplify-issues.js'
import { suggestKey } from '../model/index.js'
import type { DataPath } from './types.js'
import { objectKeys } from './unwrap-schema.js'

/** What validation found, still as a data path: `anchor` says whether the key or the value is to blame. */
export interface Problem {
  path: DataPath
  anchor: 'key' | 'value'
  ruleId: 'invalid-type' | 'invalid-value' | 'missing-key' | 'unknown-key'
  message: string
  /** For missing-key: the key that is missing. For unknown-key: the key suggested instead. */
  key?: string
}

/** The message zod gives an issue when the schema set none of its own; see validatePlan. */
export const DEFAULT_MESSAGE = '\u0000vplan-default-message'

interface Context {
  root: z.ZodType
  data: unknown
}

/**
 * One issue in plain English, naming the field (`budget.operating.rows[3].values[1]`), what was
 * expected and what was found. Messages the schema's author wrote (Swedish hints such as "datum
 * skrivs ÅÅÅÅ-MM-DD") are kept and added after a dash: they say how to fix it.
 */
export function translateIssue(issue: LeafIssue, context: Context): Problem[] {
  const { path } = issue
  const at = formatDataPath(path)
  const value = valueAtPath(context.data, path)
  const expected = () => describeExpected(schemaAtPath(context.root, path, context.data))
  const absent = value === undefined && path.length > 0 && isPlainObject(valueAtPath(context.data, path.slice(0, -1)))
  if (absent && issue.code !== 'unrecognized_keys' && issue.code !== 'union_choice') return [missingKey(path, expected())]
  switch (issue.code) {
    case 'type_mismatch':
    case 'invalid_type':
      // 1e400 and .inf read as Infinity, .nan as NaN: numbers, but none a plan can compute with.
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return [valueProblem(path, 'invalid-value', `${at}: expected a finite number, found ${describeFound(value)}`)]
      }
      return [valueProblem(path, 'invalid-type', `${at}: expected ${expected()}, found ${describeFound(value)}${'message' in issue ? authored(issue, () => '') : ''}`)]
    case 'unrecognized_keys': {
      const schema = resolveUnion(schemaAtPath(context.root, path, context.data) ?? context.root, value)
      return issue.keys.map((key) => unknownKey(path, key, objectKeys(schema), undefined, ancestorWithKey(context, path, key)))
    }
    case 'union_choice':
      return unionChoice(issue.path, issue.names, issue.keys, value)
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `'${String(v)}'`).join(', ')
      const guess = typeof value === 'string' ? suggestKey(value, issue.values.map(String)) : undefined
      const hint = guess ? ` – did you mean '${guess}'?` : ''
      return [valueProblem(path, 'invalid-value', `${at}: expected one of: ${allowed}, found ${describeFound(value)}${hint}`)]
    }
    case 'too_small':
    case 'too_big':
      return [valueProblem(path, 'invalid-value', `${at}: ${describeSize(issue, value)}`)]
    case 'invalid_format': {
      const how = authored(issue, () => ` (expected ${issue.pattern ?? issue.format})`)
      return [valueProblem(path, 'invalid-value', `${at}: ${describeFound(value)} is not written the expected way${how}`)]
    }
    case 'custom':
      if (issue.message.endsWith(NUMBER_HINT)) {
        return [valueProblem(path, 'invalid-value', `${at}: expected a number, found ${describeFound(value)} – ${NUMBER_HINT}`)]
      }
      return [valueProblem(path, 'invalid-value', `${at}: invalid value ${describeFound(value)}${authored(issue, () => '')}`)]
    default:
      return [valueProblem(path, 'invalid-value', `${at}: invalid value ${describeFound(value)}${authored(issue, () => '')}`)]
  }
}

function valueProblem(path: DataPath, ruleId: Problem['ruleId'], message: string): Problem {
  return { path, anchor: 'value', ruleId, message }
}

function missingKey(path: DataPath, expected: string): Problem {
  const parent = path.slice(0, -1)
  const key = String(path.at(-1))
  const where = parent.length === 0 ? 'the plan' : formatDataPath(parent)
  // Positioned at the mapping that lacks the key: the key itself is nowhere in the file.
  return { ...valueProblem(parent, 'missing-key', `${where}: missing required key '${key}', expected ${expected}`), key }
}

function unknownKey(path: DataPath, key: string, valid: readonly string[], choices?: string, belongsTo?: DataPath): Problem {
  const where = path.length === 0 ? '' : ` in ${formatDataPath(path)}`
  const guess = belongsTo ? undefined : suggestKey(key, valid)
  const home = belongsTo && (belongsTo.length === 0 ? 'at the top level' : `in ${formatDataPath(belongsTo)}`)
  const advice = home
    ? `'${key}' belongs ${home}: check the indentation (valid keys here: ${valid.join(', ')})`
    : guess ? `did you mean '${guess}'?` : `valid keys here: ${valid.join(', ')}`
  const extra = choices ? ` (expected one of: ${choices})` : ''
  const message = `unknown key '${key}'${where}: ${advice}${extra}`
  return { path: [...path, key], anchor: 'key', ruleId: 'unknown-key', message, ...(guess ? { key: guess } : {}) }
}

function unionChoice(path: DataPath, names: string[], keys: string[], value: unknown): Problem[] {
  const at = formatDataPath(path)
  const written = isPlainObject(value) ? Object.keys(value) : []
  const choices = names.join(', ')
  const named = written.filter((key) => names.includes(key))
  if (named.length > 1) {
    return [valueProblem(path, 'invalid-value', `${at}: expected exactly one of: ${choices}, found ${named.join(' and ')}`)]
  }
  const unknown = written.filter((key) => !keys.includes(key))
  if (written.length === 0 || unknown.length === 0) {
    return [valueProblem(path, 'missing-key', `${at}: expected one of: ${choices}`)]
  }
  return unknown.map((key) => unknownKey(path, key, names, choices))
}

function describeSize(issue: Extract<PlainIssue, { code: 'too_small' | 'too_big' }>, value: unknown): string {
  const small = issue.code === 'too_small'
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
  const inclusive = issue.inclusive !== false
  const bound = inclusive ? `${small ? 'at least' : 'at most'} ${limit}` : `${small ? 'more than' : 'less than'} ${limit}`
  switch (issue.origin) {
    case 'array': {
      const count = Array.isArray(value) ? value.length : 0
      return `expected ${bound} ${limit === 1 ? 'entry' : 'entries'}, found ${count === 0 ? 'an empty list' : count}`
    }
    case 'string':
      return small && limit === 1 ? 'must not be empty' : `expected ${bound} characters, found ${describeFound(value)}`
    default:
      return `expected ${bound}, found ${describeFound(value)}`
  }
}

/**
 * Wrong nesting: the nearest enclosing mapping where `key` is a valid key (`document:` indented
 * under `meta:` belongs at the top level). Undefined when no ancestor knows the key.
 */
function ancestorWithKey(context: Context, path: DataPath, key: string): DataPath | undefined {
  for (let length = path.length - 1; length >= 0; length--) {
    const ancestor = path.slice(0, length)
    if (typeof path[length] === 'number') continue
    const schema = schemaAtPath(context.root, ancestor, context.data)
    if (schema && objectKeys(resolveUnion(schema, valueAtPath(context.data, ancestor))).includes(key)) return ancestor
  }
  return undefined
}

/** The schema author's own message, after a dash; `fallback` when the schema has none. */
function authored(issue: { message: string }, fallback: () => string): string {
  return issue.message && issue.message !== DEFAULT_MESSAGE ? ` – ${issue.message}` : fallback()
}
