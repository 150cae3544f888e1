import { requireFromPdfmake } from '../pdfmake-internals.js'
import { drawGroupLabel, type LabelSurface } from '../repeat-group-labels.js'
import { registerSvgFonts } from '../svg-fonts.js'
import { taggerOf, type LaidOutLine, type LaidOutPicture, type TaggableKit } from './page-tagger.js'

interface RendererPrototype {
  renderLine(this: RendererInstance, line: LaidOutLine, x: number, y: number): void
  renderVector(this: RendererInstance, vector: unknown): void
  renderImage(this: RendererInstance, image: unknown): void
  renderSVG(this: RendererInstance, svg: unknown): void
  renderWatermark(this: RendererInstance, page: unknown): void
  [INSTALLED]?: true
}

interface RendererInstance {
  pdfDocument: TaggableKit
}

const INSTALLED = Symbol.for('vplan.render.pdf.tagged-renderer')
/** The methods by which pdfmake's renderer draws each item of a laid-out page. */
const DRAWING = ['renderLine', 'renderVector', 'renderImage', 'renderSVG', 'renderWatermark'] as const

/**
 * Makes pdfmake's renderer write tagged content when the document is tagged (`tagged: true` in
 * the document definition): each line's runs and each shape go into marked content as they are
 * drawn (page-tagger.ts). Untagged documents render exactly as before.
 *
 * Why a patch: pdfmake passes `tagged` through to pdfkit, which then writes /MarkInfo and a
 * structure tree root, but pdfmake itself never marks content (bpampuch/pdfmake has no tagging;
 * pdfkit's tagging API needs the calls around each drawing operation). Its laid-out pages are
 * drawn item by item by `Renderer`, which Printer makes internally; the one seam is that class's
 * prototype, wrapped method by method. pdfmake is pinned (package.json), and this throws at once
 * if the renderer no longer has the methods it wraps; tests/render/pdf/tagged-pdf.test.ts fails
 * on any drawing operator outside marked content, so a pdfmake that draws in a new way shows up.
 */
export function installTaggedRenderer(): void {
  const prototype = rendererPrototype()
  if (prototype[INSTALLED]) return
  for (const name of DRAWING) {
    if (typeof prototype[name] !== 'function') throw new Error(`tagged PDF: pdfmake's Renderer no longer has ${name}(); see tagged-renderer.ts`)
  }
  const { renderLine, renderVector, renderImage, renderSVG, renderWatermark } = prototype
  prototype.renderLine = function (line, x, y) {
    drawGroupLabel(this.pdfDocument as unknown as LabelSurface, line, x, y)
    const tagger = taggerOf(this.pdfDocument)
    if (!tagger) return renderLine.call(this, line, x, y)
    tagger.line(line, (part) => renderLine.call(this, part, x, y))
  }
  const asArtifact = <T>(draw: (this: RendererInstance, item: T) => void) =>
    function (this: RendererInstance, item: T): void {
      const tagger = taggerOf(this.pdfDocument)
      if (!tagger) return draw.call(this, item)
      tagger.artifact(() => draw.call(this, item))
    }
  prototype.renderVector = asArtifact(renderVector)
  // An image of a Figure goes into the Figure's marked content; any other is an artifact.
  const asFigure = <T extends object>(draw: (this: RendererInstance, item: T) => void) =>
    function (this: RendererInstance, item: T): void {
      const tagger = taggerOf(this.pdfDocument)
      if (!tagger) return draw.call(this, item)
      tagger.picture(item as LaidOutPicture, () => draw.call(this, item))
    }
  prototype.renderImage = asFigure(renderImage as (this: RendererInstance, item: object) => void)
  const drawSvg = asFigure(renderSVG as (this: RendererInstance, item: object) => void)
  prototype.renderSVG = function (this: RendererInstance, item: unknown): void {
    registerSvgFonts(this.pdfDocument as unknown as Parameters<typeof registerSvgFonts>[0])
    drawSvg.call(this, item as object)
  }
  prototype.renderWatermark = asArtifact(renderWatermark)
  Object.defineProperty(prototype, INSTALLED, { value: true })
}

function rendererPrototype(): RendererPrototype {
  const fromPdfmake = requireFromPdfmake()
  const module = fromPdfmake('./Renderer.js') as { default?: { prototype?: RendererPrototype } }
  const prototype = module.default?.prototype
  if (!prototype) throw new Error("tagged PDF: pdfmake's js/Renderer.js no longer exports its Renderer class; see tagged-renderer.ts")
  return prototype
}
