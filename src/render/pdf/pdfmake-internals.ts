import { createRequire } from 'node:module'

let fromPdfmake: NodeJS.Require | undefined

/**
 * `require` as pdfmake's own files see it: its internal modules ('./LayoutBuilder.js') and the
 * pdfkit it depends on. vplan's patches (font cache, tagging, soft hyphens, widows and orphans,
 * content chunks) reach pdfmake's and pdfkit's classes through it. Resolving loads nothing.
 */
export function requireFromPdfmake(): NodeJS.Require {
  fromPdfmake ??= createRequire(createRequire(import.meta.url).resolve('pdfmake'))
  return fromPdfmake
}

/**
 * The prototype of one of pdfmake's internal classes (the default export of `file` in pdfmake's
 * js/), checked to still have the `methods` a patch wraps: a pdfmake that changed shape stops
 * the render naming the patch, rather than letting it wrap nothing.
 */
export function pdfmakePrototype<T>(file: string, methods: readonly string[], patch: string): T {
  const prototype = (requireFromPdfmake()(file) as { default?: { prototype?: Record<string, unknown> } }).default?.prototype
  for (const method of methods) {
    if (typeof prototype?.[method] !== 'function') throw new Error(`${patch}: pdfmake's ${file} no longer has ${method}(); see render/pdf/${patch}.ts`)
  }
  return prototype as T
}
