import sax from 'sax'
import type { ImageProblem, ImageRead } from './image-problem.js'
import { MAX_SVG_DIMENSION, MAX_SVG_ELEMENTS } from './limits.js'
import { svgLength } from './svg-length.js'
import { checkUses, type UseGraph } from './svg-uses.js'
import { ELEMENT_RULES, KEPT_ELEMENTS, QUIET_ELEMENTS } from './svg-elements.js'
import { checkAttribute } from './svg-attributes.js'

/** Most elements open inside each other; deeper is a bomb for the renderers' recursion. */
const MAX_DEPTH = 200

/**
 * Parses an SVG (strict XML) and writes it again from what is allowed, so nothing the parser did
 * not understand can slip through: kept elements (svg-elements.ts) with their checked attributes
 * (svg-attributes.ts), text escaped anew. What is removed is a warning at its line in the SVG;
 * what makes the file unusable (not XML, no size, a bomb) is an error. The root gets its size in
 * CSS pixels and a viewBox, so the browser and the PDF scale the drawing alike.
 */
export function readSvg(text: string): ImageRead {
  const parser = sax.parser(true, { position: true })
  const warnings: ImageProblem[] = []
  const out: string[] = []
  const open: { name: string; mode: 'kept' | 'unwrapped' | 'skipped' | 'inside'; selfClosing: boolean }[] = []
  const uses: UseGraph = { targets: new Map(), frames: [], all: [] }
  let skipping = 0 // depth inside a removed element
  let elements = 0
  let root: { width: number; height: number } | undefined
  let failure: ImageProblem | undefined
  const at = () => ({ line: parser.line + 1, column: parser.column + 1 })
  const fail = (ruleId: string, message: string) => {
    failure ??= { ruleId, severity: 'error', message, position: at() }
  }
  const warn = (ruleId: string, message: string) => warnings.push({ ruleId, severity: 'warning', message, position: at() })

  parser.onerror = (error) => {
    fail('image-corrupt', `the SVG is not well-formed XML (${error.message.split('\n')[0]}); export it again`)
    throw error // stops sax; caught below
  }
  parser.ondoctype = (doctype) => {
    // An internal subset can declare entities that expand exponentially ("billion laughs").
    if (doctype.includes('[')) fail('svg-bomb', 'the SVG declares its own entities in a DOCTYPE; remove the DOCTYPE (entities can expand into gigabytes)')
  }
  parser.onprocessinginstruction = (instruction) => {
    if (instruction.name === 'xml-stylesheet') warn('svg-external-reference', 'a reference to an external style sheet was removed from the SVG')
  }
  parser.onopentag = (tag) => {
    if (failure) return
    if (++elements > MAX_SVG_ELEMENTS) return fail('svg-bomb', `the SVG has more than ${MAX_SVG_ELEMENTS} elements; simplify the drawing`)
    if (open.length >= MAX_DEPTH) return fail('svg-bomb', `the SVG nests elements more than ${MAX_DEPTH} deep`)
    const name = tag.name
    if (open.length === 0 && name !== 'svg') return fail('image-format', `the file is XML but not an SVG (its root element is <${name}>)`)
    if (skipping > 0) {
      skipping++
      open.push({ name, mode: 'inside', selfClosing: tag.isSelfClosing })
      return
    }
    if (!KEPT_ELEMENTS.has(name) || (name === 'svg' && open.length > 0)) {
      if (name === 'a') {
        warn('svg-external-reference', 'a link (<a>) was removed from the SVG; what it contained is kept')
        open.push({ name, mode: 'unwrapped', selfClosing: tag.isSelfClosing })
        return
      }
      if (!QUIET_ELEMENTS.has(name) && !name.includes(':')) {
        const rule = ELEMENT_RULES[name] ?? { ruleId: 'svg-unsupported', why: `an element vplan does not draw (<${name}>)` }
        warn(rule.ruleId, `${rule.why} was removed from the SVG`)
      }
      skipping = 1
      open.push({ name, mode: 'skipped', selfClosing: tag.isSelfClosing })
      return
    }
    const attributes: [string, string][] = []
    for (const [attribute, value] of Object.entries(tag.attributes)) {
      const verdict = checkAttribute(attribute, value)
      if (verdict.kind === 'keep') attributes.push([attribute, value])
      else if (verdict.kind === 'warn') warn(verdict.ruleId, verdict.message)
    }
    if (open.length === 0) {
      const size = rootSize(tag.attributes)
      if ('problem' in size) return fail(size.ruleId, size.problem)
      root = size
      const rest = attributes.filter(([attribute]) => attribute !== 'width' && attribute !== 'height')
      if (!rest.some(([attribute]) => attribute === 'viewBox')) rest.push(['viewBox', `0 0 ${size.width} ${size.height}`])
      attributes.splice(0, attributes.length, ['width', String(size.width)], ['height', String(size.height)], ...rest)
    }
    open.push({ name, mode: 'kept', selfClosing: tag.isSelfClosing })
    recordUse(uses, name, tag.attributes)
    out.push(`<${name}${attributes.map(([attribute, value]) => ` ${attribute}="${escapeXml(value, true)}"`).join('')}${tag.isSelfClosing ? '/>' : '>'}`)
  }
  parser.onclosetag = () => {
    const closed = open.pop()
    if (!closed || failure) return
    if (closed.mode === 'inside') skipping--
    else if (closed.mode === 'skipped') skipping = 0
    else if (closed.mode === 'kept') {
      uses.frames.pop()
      if (!closed.selfClosing) out.push(`</${closed.name}>`)
    }
  }
  const addText = (value: string) => {
    if (skipping === 0 && open.length > 0) out.push(escapeXml(value, false))
  }
  parser.ontext = addText
  parser.oncdata = addText

  try {
    parser.write(text).close()
  } catch {
    // failure is set by onerror
  }
  if (failure) return { ok: false, problem: failure }
  if (!root) return { ok: false, problem: { ruleId: 'image-format', severity: 'error', message: 'the file has no <svg> element' } }
  const bomb = checkUses(uses)
  if (bomb) return { ok: false, problem: { ruleId: 'svg-bomb', severity: 'error', message: bomb } }
  return { ok: true, format: 'svg', width: root.width, height: root.height, svg: out.join(''), warnings }
}

function rootSize(attributes: Record<string, string>): { width: number; height: number } | { problem: string; ruleId: string } {
  const box = (attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number)
  const fromBox = box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0 ? { width: box[2]!, height: box[3]! } : undefined
  let width = svgLength(attributes.width)
  let height = svgLength(attributes.height)
  // One side given: the other follows the viewBox's proportions, as a browser does.
  if (width !== undefined && height === undefined && fromBox) height = (width * fromBox.height) / fromBox.width
  if (height !== undefined && width === undefined && fromBox) width = (height * fromBox.width) / fromBox.height
  width ??= fromBox?.width
  height ??= fromBox?.height
  if (width === undefined || height === undefined || !(width > 0) || !(height > 0)) {
    return { ruleId: 'image-size', problem: 'the SVG states no size: give its <svg> element width and height, or a viewBox' }
  }
  if (width > MAX_SVG_DIMENSION || height > MAX_SVG_DIMENSION) {
    return { ruleId: 'svg-bomb', problem: `the SVG is ${Math.round(width)} × ${Math.round(height)} pixels; at most ${MAX_SVG_DIMENSION} pixels either way` }
  }
  return { width: round(width), height: round(height) }
}

function recordUse(uses: UseGraph, name: string, attributes: Record<string, string>): void {
  const frame = { id: attributes.id, targets: [] as string[] }
  if (name === 'use') {
    const href = attributes.href ?? attributes['xlink:href'] ?? ''
    if (href.startsWith('#')) {
      uses.all.push(href.slice(1))
      for (const open of uses.frames) open.targets.push(href.slice(1))
    }
  }
  uses.frames.push(frame)
  if (frame.id) uses.targets.set(frame.id, frame.targets)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function escapeXml(value: string, attribute: boolean): string {
  const text = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return attribute ? text.replace(/"/g, '&quot;') : text
}
