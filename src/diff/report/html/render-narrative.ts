import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import { buildNodes } from '../../match/build-nodes.js'
import { parseNarrative } from '../../narrative/parse-narrative.js'
import type { NarrativeBlock, NarrativeSection } from '../../narrative/types.js'
import { sectionInputs } from '../../narrative/section-tree.js'
import type { NarrativeText } from '../../snapshot.js'
import type { Change } from '../../types.js'
import { formatPath } from '../describe-change.js'
import type { ChangeIndex } from './change-index.js'
import { deleted, inserted, markReplacement, markWords } from './render-marks.js'
import { markLabel } from './render-table.js'

/** The new draft's narrative, by source file, with every block's change marked in place. */
export class NarrativeRenderer {
  private readonly sections: NarrativeSection[]
  private readonly keys: string[]
  /** Removed blocks and sections by where they are shown: "<section key>#<block index>". */
  private readonly removedAt = new Map<string, Change[]>()

  constructor(
    private readonly index: ChangeIndex,
    narratives: readonly NarrativeText[],
  ) {
    this.sections = parseNarrative(narratives)
    this.keys = buildNodes(sectionInputs(this.sections)).map((node) => node.key)
    for (const change of index.diff.changes) {
      if (change.area !== 'narrative' || change.kind !== 'removed' || !change.at) continue
      const at = `${change.at.section}#${change.at.index}`
      this.removedAt.set(at, [...(this.removedAt.get(at) ?? []), change])
    }
  }

  /** The sections whose heading (or, for the untitled start, whose text) comes from `source`. */
  renderSource(source: string): Element[] {
    return this.sections.flatMap((section, i) => (section.source === source && (i > 0 || section.blocks.length > 0) ? [this.renderSection(i)] : []))
  }

  private renderSection(i: number): Element {
    const section = this.sections[i]!
    const key = `narrative:${this.keys[i]}`
    const changes = this.index.of(key)
    const added = changes.some((c) => c.kind === 'added')
    const content: ElementContent[] = []
    if (i > 0) content.push(h(`h${Math.min(section.depth + 2, 6)}`, { id: this.index.anchor(key) }, markLabel(changes, section.heading)))
    else this.index.anchor(key)
    const removedHere = (index: number): Change[] => this.removedAt.get(`${this.keys[i]}#${index}`) ?? []
    section.blocks.forEach((block, b) => {
      content.push(...removedHere(b).map((c) => this.renderRemoved(c)))
      content.push(this.renderBlock(block, `${key}#${b}`, added))
    })
    content.push(...removedHere(section.blocks.length).map((c) => this.renderRemoved(c)))
    const state = added ? 'added' : 'has-changes'
    return h('section', { className: ['narrative', state] }, groupListItems(content))
  }

  private renderBlock(block: NarrativeBlock, key: string, inAddedSection: boolean): Element {
    const changes = this.index.of(key)
    const id = this.index.anchor(key)
    const tag = block.type === 'punkt' ? 'li' : block.type === 'kod' ? 'pre' : 'p'
    const text = changes.find((c) => c.kind === 'text')
    const moved = changes.find((c) => c.kind === 'moved')
    if (text?.kind === 'text') return h(tag, { id, className: ['changed'] }, text.parts ? markWords(text.parts) : markReplacement(text.old, text.new))
    if (inAddedSection || changes.some((c) => c.kind === 'added')) return h(tag, { id, className: ['added'] }, [inserted(block.text)])
    if (moved?.kind === 'moved') return h(tag, { id, className: ['changed'] }, [block.text, ' ', h('span.badge', `flyttad hit från ${formatPath(moved.from)}`)])
    return h(tag, { className: ['unchanged'] }, block.text)
  }

  private renderRemoved(change: Change): Element {
    const text = change.kind === 'removed' ? (change.text ?? '') : ''
    const isSection = !change.key.includes('#')
    const label = isSection ? `Borttaget avsnitt ”${change.path[change.path.length - 1]}”: ` : ''
    return h('p', { id: this.index.anchor(change.key), className: ['removed'] }, [label, deleted(text)])
  }
}

/** Consecutive list items become one list. */
function groupListItems(content: ElementContent[]): ElementContent[] {
  const grouped: ElementContent[] = []
  for (const node of content) {
    const last = grouped[grouped.length - 1]
    if (node.type === 'element' && node.tagName === 'li') {
      if (last?.type === 'element' && last.tagName === 'ul') last.children.push(node)
      else grouped.push(h('ul', [node]))
    } else grouped.push(node)
  }
  return grouped
}
