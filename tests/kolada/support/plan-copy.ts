import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const SEED = 'plans/knivsta-sn-2024'

/** A copy of Knivsta's plan in a temporary folder, optionally with plan.yaml edited. */
export function copyKnivsta(edit: (yaml: string) => string = (y) => y, name = 'knivsta-sn-2024'): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'vplan-kolada-')), name)
  cpSync(SEED, dir, { recursive: true })
  const file = path.join(dir, 'plan.yaml')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
  return dir
}

/** Line (1-based) of the first line of plan.yaml that contains `text`. */
export function lineOf(dir: string, text: string, after = 0): number {
  const lines = readFileSync(path.join(dir, 'plan.yaml'), 'utf8').split('\n')
  const index = lines.findIndex((l, i) => i >= after && l.includes(text))
  if (index === -1) throw new Error(`'${text}' is not in plan.yaml`)
  return index + 1
}

/** Knivsta's first indicator table with its outcomes taken from Kolada instead of written out. */
export function knivstaFromKolada(yaml: string): string {
  const stated = `            values:
              - ~
              - { total: 85, women: 85, men: 85 }
              - { total: 94, women: 92, men: 96 }
`
  if (!yaml.includes(stated)) throw new Error('the seed changed: update knivstaFromKolada')
  return yaml.replace(stated, '            values: kolada\n').replace('            values: [~, 69, 79]\n', '            values: [kolada, kolada, kolada]\n')
}
