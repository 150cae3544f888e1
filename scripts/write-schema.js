// Writes schema/plan.schema.json from the compiled zod schema (run `npm run schema`, which compiles first).
// The output is deterministic so the committed file only changes when the model does.
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { planJsonSchema } from '../dist/model/json-schema.js'

const target = fileURLToPath(new URL('../schema/plan.schema.json', import.meta.url))
await mkdir(fileURLToPath(new URL('../schema/', import.meta.url)), { recursive: true })
await writeFile(target, JSON.stringify(planJsonSchema(), null, 2) + '\n')
process.stderr.write('wrote schema/plan.schema.json\n')
