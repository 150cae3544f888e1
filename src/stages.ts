/**
 * The pipeline's stages one by one (`vplan/stages`), for whoever times or recombines them:
 * derive → compose → parse → render. buildPlan in `vplan` runs them in this order. The
 * renderers load pdfmake and the HTML toolchain, which is why they are not in the main entry.
 */
export { derivePlan, type DerivedFigures } from './derive/index.js'
export { composeDocument, type ComposeInput, type Composed, type TemplateSet } from './compose/index.js'
export { parseDocument, type PlanDocument } from './document/index.js'
export { renderHtml, type HtmlOptions } from './render/html/index.js'
export { renderPdf, type PdfOptions } from './render/pdf/index.js'
