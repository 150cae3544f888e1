import type { Meta } from '../../model/index.js'
import { spellsBoard } from '../../model/spells-board.js'

/**
 * The line under the title on the cover and in the HTML header: the subtitle, or the board when
 * there is none. A subtitle that only spells the board another way ("Socialnämnd" beside
 * "Socialnämnden") gives way to the board, so a reader never sees two names for one board (the
 * running footer and the cover's foot name it from `board` too); the check stage warns about it.
 */
export function coverSubtitle(meta: Pick<Meta, 'subtitle' | 'board'>): string {
  return meta.subtitle && !spellsBoard(meta.subtitle, meta.board) ? meta.subtitle : meta.board
}
