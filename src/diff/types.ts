/**
 * The PlanDiff: what `vplan diff` finds between two drafts, as versioned JSON (`--format json`).
 * Consumers rely on this shape; a breaking change bumps `version`.
 *
 * Every change is addressed twice: `path` is for people (Swedish labels, outermost first, e.g.
 * ["Driftsbudget", "LOV - hemtjänst och delegerad HSL", "Nämndbudget 2024"]) and `key` is for
 * programs (area + stable ids or normalised labels; shared by all changes of the same item).
 */
export interface PlanDiff {
  version: 1
  old: PlanRef
  new: PlanRef
  /** True when nothing in the data or the narrative differs. */
  equal: boolean
  summary: DiffSummary
  /** In document order: metadata, document parts, goals, …, suppliers, narrative. */
  changes: Change[]
}

export interface PlanRef {
  /** The plan folder's name, e.g. "knivsta-sn-2024" (or "REV:plans/x" for a git revision). */
  id: string
  title: string
  year: number
  /** The document's date as the plan states it (ÅÅÅÅ-MM-DD or ÅÅÅÅ-MM); null when it states none. */
  date: string | null
}

export interface DiffSummary {
  total: number
  /** Changes counted per kind, per section (an area, or a chapter of the narrative). */
  sections: SectionSummary[]
  /** Keys of the money value changes with the largest absolute change (in kronor), largest first. */
  largestMoneyChanges: MoneyHighlight[]
}

export interface SectionSummary {
  area: Area
  /** Display name: the area's label, or for the narrative "Text › <chapter>". */
  section: string
  counts: Partial<Record<ChangeKind, number>>
}

export interface MoneyHighlight {
  /** Index into `changes`. */
  change: number
  /** The change in kronor (delta × the unit's factor), for ranking across units. */
  kronor: number
}

export type Area =
  | 'meta'
  | 'document'
  | 'goals'
  | 'assignments'
  | 'indicators'
  | 'operating'
  | 'multiYear'
  | 'byResponsibility'
  | 'investments'
  | 'volumes'
  | 'suppliers'
  | 'narrative'
  | 'images'

export const MONEY_AREAS: readonly Area[] = ['operating', 'multiYear', 'byResponsibility', 'investments']

export type Scalar = number | string | null

/** One run of a word-level diff: text kept, inserted or deleted. */
export interface WordPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** Where a narrative change is shown in the new document: a section (by key) and a block index. */
export interface NarrativeAt {
  section: string
  /** Index of the block in the new section; for removed blocks, the index they are shown before. */
  index: number
}

interface ChangeBase {
  area: Area
  key: string
  path: string[]
}

/** An item (row, goal, supplier, section, paragraph…) that only the new draft has. */
export interface AddedChange extends ChangeBase {
  kind: 'added'
  /** The item's own text, e.g. a paragraph or a goal's description. */
  text?: string
  /** The item's values by column, e.g. a new budget row's amounts. */
  values?: ColumnValue[]
  unit?: string
  at?: NarrativeAt
}

/** An item that only the old draft has. */
export interface RemovedChange extends ChangeBase {
  kind: 'removed'
  text?: string
  values?: ColumnValue[]
  unit?: string
  at?: NarrativeAt
}

/** The same item under a new label (matched by id, by its unchanged content, or by a similar label). */
export interface RenamedChange extends ChangeBase {
  kind: 'renamed'
  old: string
  new: string
  parts: WordPart[] | null
}

/** The same item in another group (`from` ≠ `to`) or at another place among its siblings. */
export interface MovedChange extends ChangeBase {
  kind: 'moved'
  /** Display path of the old and the new parent. */
  from: string[]
  to: string[]
  oldIndex: number
  newIndex: number
  at?: NarrativeAt
}

/** A value that changed: a table cell, a target, a period, a metadata field. */
export interface ValueChange extends ChangeBase {
  kind: 'value'
  field: string
  old: Scalar
  new: Scalar
  unit?: string
  /** new − old, when both are numbers. */
  delta?: number
  /** (new − old) / |old| × 100, when both are numbers, old ≠ 0 and the unit is not a percentage. */
  percent?: number
  /** The value is computed (a table's total), not stated in the plan. */
  derived?: true
}

/** A text that was reworded: a description, a paragraph. `parts` is null when the texts are too
 * different (or too long for the work bound) to diff word by word: a whole replacement. */
export interface TextChange extends ChangeBase {
  kind: 'text'
  field: string
  old: string
  new: string
  parts: WordPart[] | null
  at?: NarrativeAt
}

/** A column (usually a year) added, removed or relabelled in one or more tables of an area. */
export interface ColumnChange extends ChangeBase {
  kind: 'columnAdded' | 'columnRemoved' | 'columnRenamed'
  column: string
  /** For columnRenamed: the old label. */
  oldColumn?: string
  /** Display names of the tables concerned. */
  tables: string[]
}

export interface ColumnValue {
  column: string
  value: Scalar
}

export type Change =
  | AddedChange
  | RemovedChange
  | RenamedChange
  | MovedChange
  | ValueChange
  | TextChange
  | ColumnChange

export type ChangeKind = Change['kind']

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'added',
  'removed',
  'renamed',
  'moved',
  'value',
  'text',
  'columnAdded',
  'columnRemoved',
  'columnRenamed',
]
