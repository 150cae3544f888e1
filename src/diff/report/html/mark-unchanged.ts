import type { Element, ElementContent } from 'hast'

const CHANGE_CLASSES = new Set(['changed', 'added', 'removed'])

/**
 * Gives every section and table without a single mark in it the class `unchanged`, which the
 * "show only changed parts" switch hides. Returns whether `element` holds a change.
 */
export function markUnchanged(element: Element): boolean {
  let changed = element.tagName === 'ins' || element.tagName === 'del' || classesOf(element).some((c) => CHANGE_CLASSES.has(c))
  for (const child of element.children) if (isElement(child) && markUnchanged(child)) changed = true
  const isContainer = element.tagName === 'section' || classesOf(element).includes('table')
  if (isContainer && !changed && !classesOf(element).includes('unchanged')) {
    element.properties.className = [...classesOf(element).filter((c) => c !== 'has-changes'), 'unchanged']
  }
  return changed
}

function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className
  if (Array.isArray(value)) return value.map(String)
  return typeof value === 'string' ? value.split(' ') : []
}

function isElement(node: ElementContent): node is Element {
  return node.type === 'element'
}
