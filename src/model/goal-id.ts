import { slug } from 'github-slugger'
import type { DirectionGoal } from './schema.js'

/** A direction goal's id: its own, or one made from its title; what `ref` and `refs` name. */
export function goalId(goal: Pick<DirectionGoal, 'id' | 'title'>): string {
  return goal.id ?? slug(goal.title).slice(0, 60)
}
