import type { TreeNode } from '../match/build-nodes.js'
import type { Change } from '../types.js'

/* The narrative diff's shared shapes, in one file so its modules import types without a circle. */

/** A unit of text the diff aligns: a paragraph, a list item, a table row, a code block. */
export interface NarrativeBlock {
  type: 'stycke' | 'punkt' | 'tabellrad' | 'kod'
  /** The text, white space collapsed; equal texts are unchanged blocks. */
  text: string
  /** Normalised text, for the similarity of reworded blocks. */
  norm: string
  /** Display name within the section, e.g. "stycke 3" (counted per type). */
  name: string
}

/** The text under one heading up to the next heading, across file boundaries. */
export interface NarrativeSection {
  heading: string
  depth: number
  /** Index of the enclosing section (the nearest shallower heading), -1 at the top. */
  parent: number
  blocks: NarrativeBlock[]
  /** Where the heading is, for the reader: the file it came from. */
  source: string
}

/** Both drafts' sections, their matching nodes and display paths. */
export interface Sides {
  oldSections: readonly NarrativeSection[]
  newSections: readonly NarrativeSection[]
  oldNodes: readonly TreeNode<NarrativeSection>[]
  newNodes: readonly TreeNode<NarrativeSection>[]
  oldPaths: readonly string[][]
  newPaths: readonly string[][]
}

/** A block without a partner in its section: maybe moved to another section, else added/removed. */
export interface LooseBlock {
  /** The section (old side for deleted, new side for inserted) and the block's index in it. */
  section: number
  block: number
  /** Where to show it in the new document. */
  order: number
  position: number
  at: { section: string; index: number }
}

/** A change with its place in the new document, to sort block moves in after the walk. */
export interface PlacedChange {
  order: number
  position: number
  change: Change
}
