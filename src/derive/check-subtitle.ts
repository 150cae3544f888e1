import type { PathDiagnostic } from '../diagnostics/index.js'
import type { Meta } from '../model/index.js'
import { spellsBoard } from '../model/spells-board.js'

/**
 * A subtitle that is only the board's name spelt another way ("Socialnämnd" beside `board:
 * Socialnämnden`) would give the reader two names for one board. The cover and the HTML header
 * show the board instead (coverSubtitle); this says so, at the subtitle, so the editor removes it.
 */
export function checkSubtitle(meta: Meta): PathDiagnostic[] {
  if (!meta.subtitle || !spellsBoard(meta.subtitle, meta.board) || meta.subtitle.trim() === meta.board.trim()) return []
  return [{
    path: ['meta', 'subtitle'],
    severity: 'warning',
    ruleId: 'subtitle-spells-board',
    message: `the subtitle '${meta.subtitle}' is the board '${meta.board}' spelt another way; the cover shows '${meta.board}' (from board), so remove subtitle`,
  }]
}
