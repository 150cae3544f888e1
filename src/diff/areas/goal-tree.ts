import type { Assignment, BoardGoal, DirectionGoal, Indicator, IndicatorTable } from '../../model/index.js'
import type { NodeInput } from '../match/build-nodes.js'
import { normalizeLabel } from '../match/normalize-label.js'
import type { Area } from '../types.js'

/** Everything under the council's direction goals, as one tree, so a move between goals is a move. */
export type GoalItem =
  | { type: 'goal'; goal: DirectionGoal }
  | { type: 'boardGoal'; goal: BoardGoal }
  | { type: 'focus'; text: string }
  | { type: 'assignment'; assignment: Assignment }
  | { type: 'indicator'; indicator: Indicator; table: IndicatorTable; tableName: string }

export const AREA_OF: Record<GoalItem['type'], Area> = {
  goal: 'goals',
  boardGoal: 'goals',
  focus: 'goals',
  assignment: 'assignments',
  indicator: 'indicators',
}

export function goalTreeInputs(goals: readonly DirectionGoal[]): NodeInput<GoalItem>[] {
  const list: NodeInput<GoalItem>[] = []
  const add = (input: NodeInput<GoalItem>): number => list.push(input) - 1
  for (const goal of goals) {
    const parent = add({ item: { type: 'goal', goal }, kind: 'goal', label: goal.title, id: goal.id, parent: -1, fingerprint: text(goal.description) })
    for (const focus of goal.focus) add({ item: { type: 'focus', text: focus }, kind: 'focus', label: focus, parent, fingerprint: '' })
    for (const assignment of goal.assignments) {
      const fingerprint = `${assignment.period}|${normalizeLabel(assignment.level)}|${assignment.table ?? ''}`
      add({ item: { type: 'assignment', assignment }, kind: 'assignment', label: assignment.text, id: assignment.id, parent, fingerprint })
    }
    addIndicators(add, goal.indicatorTables, parent, goal.title)
    for (const board of goal.boardGoals) {
      const boardIndex = add({ item: { type: 'boardGoal', goal: board }, kind: 'boardGoal', label: board.title, id: board.id, parent, fingerprint: text(board.description) })
      addIndicators(add, board.indicatorTables, boardIndex, board.title)
    }
  }
  return list
}

function addIndicators(add: (input: NodeInput<GoalItem>) => number, tables: readonly IndicatorTable[], parent: number, owner: string): void {
  tables.forEach((table, i) => {
    const tableName = `Indikatorer under ”${owner}”${tables.length > 1 ? ` (tabell ${i + 1})` : ''}`
    for (const indicator of table.rows) {
      // A Kolada id names the measure whatever its label says; without one, what is measured and how.
      const described = [indicator.target ?? '', indicator.direction ?? '', text(indicator.description)]
      const fingerprint = indicator.kolada ? `kolada:${indicator.kolada}` : described.some(Boolean) ? described.join('|') : ''
      add({ item: { type: 'indicator', indicator, table, tableName }, kind: 'indicator', label: indicator.name, id: indicator.id, parent, fingerprint })
    }
  })
}

function text(markdown: string | undefined): string {
  return normalizeLabel(markdown ?? '')
}
