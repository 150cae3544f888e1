import type { Part } from '../model/index.js'

/** A generated block as review output names it: "[goals vard-stod]", "[chart Nettokostnader per år]". */
export function blockLabel(part: Extract<Part, { block: string }>): string {
  if (part.block === 'chart') return `[chart ${part.title}]`
  return `[${part.block}${part.ref ? ` ${part.ref}` : ''}]`
}
