// Preload (node --import) for merge-runs.js: pdfmake draws each word of a line with its own
// text() call (BT … ET, colour, opacity and font each time; its Renderer has the TODO "lines
// without differently styled inlines should be written to pdf as one stream"). This draws the
// consecutive words of a line that share every style and sit edge to edge as one run.
import { createRequire } from 'node:module'

const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
const prototype = fromPdfmake('./Renderer.js').default.prototype
const renderLine = prototype.renderLine
const STYLE = ['font', 'fontSize', 'color', 'opacity', 'link', 'linkToPage', 'linkToDestination', 'fontFeatures', 'characterSpacing', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'sup', 'sub']

prototype.renderLine = function (line, x, y) {
  const merged = []
  for (const inline of line.inlines) {
    const last = merged.at(-1)
    const joins = last && !last._pageNodeRef && !inline._pageNodeRef && STYLE.every((key) => last[key] === inline[key]) && Math.abs(last.x + last.width - inline.x) < 1e-6
    if (joins) merged[merged.length - 1] = { ...last, text: last.text + inline.text, width: last.width + inline.width, trailingCut: inline.trailingCut }
    else merged.push(inline)
  }
  if (merged.length === line.inlines.length) return renderLine.call(this, line, x, y)
  const copy = Object.assign(Object.create(Object.getPrototypeOf(line)), line)
  copy.inlines = merged
  return renderLine.call(this, copy, x, y)
}
