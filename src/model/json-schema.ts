import { z } from 'zod'
import { MoneyRow, Plan } from './schema.js'

/**
 * Relative on purpose: editors resolve it against the file they loaded the schema from, so the
 * `#/definitions/...` references stay inside this file. An absolute URL here would make the VS Code
 * YAML extension try to fetch a page that does not exist.
 */
export const PLAN_SCHEMA_ID = 'plan.schema.json'

/** Names for schemas that zod would otherwise extract as `__schema0` (recursive ones). */
const NAMED = new Map<z.ZodType, string>([[MoneyRow as z.ZodType, 'MoneyRow']])

/**
 * The JSON Schema of plan.yaml, for editors (completion, Swedish hover help) and other validators.
 * Draft-07 because that is what the VS Code YAML extension has long supported fully; `io: 'input'`
 * describes what an editor writes (numbers may be strings like "1 427", defaults may be left out).
 */
export function planJsonSchema(): Record<string, unknown> {
  const metadata = Object.create(z.globalRegistry, {
    get: {
      value: (schema: z.ZodType) => {
        const meta = z.globalRegistry.get(schema)
        const id = NAMED.get(schema)
        return id ? { ...meta, id } : meta
      },
    },
  }) as typeof z.globalRegistry
  const schema = z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any', target: 'draft-7', metadata })
  const { $schema, ...rest } = schema as Record<string, unknown>
  return { $schema, $id: PLAN_SCHEMA_ID, title: 'vplan plan.yaml', ...rest }
}
