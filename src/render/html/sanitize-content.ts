import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import { ALLOWED_SCHEMES } from './safe-url.js'

const base = defaultSchema.attributes ?? {}
const DEPTH_CLASSES = ['depth-1', 'depth-2', 'depth-3', 'depth-4', 'depth-5', 'depth-6']
/** The table kinds vplan's templates write (`:::table{kind="…"}`); style.css lays each out once. */
const TABLE_KIND_CLASSES = ['indikatorer', 'nyckeltal', 'volymer', 'belopp', 'uppdrag', 'leverantorer', 'investeringar', 'maloversikt'].map((kind) => `tabell-${kind}`)

/**
 * GitHub's schema (hast-util-sanitize's default), narrowed and extended only for what vplan's
 * handlers emit:
 * - class names from a closed list per element (table region, table kinds, row kinds, numeric
 *   cells, heading numbers, Markdown depth of headings, note/label blocks), never free class names;
 * - `aria-hidden` on spans, for the dash of a missing value (its words are in an sr-only span);
 * - `role="region"` and `aria-labelledby`/`aria-label` on the table scroll region, `caption`
 *   (visually hidden when the heading above names the table);
 * - `img` only as vplan's image handler writes it: `src` a `data:` URI (the loader read the file),
 *   width, height, alt; `figure`/`figcaption` around it, or a `div.figure` when it has no caption;
 *   no `picture`/`source`;
 * - a chart as its handler writes it: `figure.chart`, a `div.chart-drawing` for the SVG (put in
 *   after sanitising, render-chart.ts), `p.chart-note`, and its data table in `details`;
 * - `href` limited to the schemes `isSafeUrl` allows;
 * - no id clobber prefix: ids are vplan's own (heading slugs, table ids), never raw attributes
 *   from the text, and the page runs no script that named elements could shadow; the fragment
 *   prefixes every id with `vplan-` instead.
 * - `strip` drops the content of script-like elements too, should any ever get here.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !['picture', 'source'].includes(tag)), 'caption', 'figure', 'figcaption'],
  attributes: {
    ...base,
    img: ['src', 'alt', 'width', 'height'],
    div: [...(base.div ?? []), ['className', 'table-scroll', 'table-note', 'keep', 'note', 'label', 'figure', 'chart-drawing'], ['role', 'region'], 'ariaLabelledBy', 'ariaLabel'],
    span: [['className', 'num', 'sr-only'], ['ariaHidden', 'true']],
    table: [...(base.table ?? []), ['className', ...TABLE_KIND_CLASSES]],
    caption: [['className', 'sr-only']],
    figure: [['className', 'chart']],
    p: [['className', 'chart-note']],
    // One className definition per tag (the sanitizer uses the first): h2 keeps GFM's footnote label class.
    h2: [['className', 'sr-only', ...DEPTH_CLASSES]],
    ...Object.fromEntries(['h3', 'h4', 'h5', 'h6'].map((tag) => [tag, [['className', ...DEPTH_CLASSES]]])),
    tr: [['className', 'row-group', 'row-total', 'row-sub']],
    th: [['className', 'numeric', 'center', 'group-open']],
    td: [['className', 'numeric', 'center']],
  },
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: [...ALLOWED_SCHEMES], src: ['data'] },
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'textarea', 'title', 'xmp'],
}

/** What vplan's image handler writes: an image the loader read, as a data: URI of its three formats. */
const IMAGE_SOURCE = /^data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/

export function sanitizeContent(tree: Root): Root {
  const clean = sanitize(tree, sanitizeSchema) as Root
  // The schema can allow the data: scheme but not say which data: an <img> may hold, nor require a src.
  visit(clean, 'element', (node, index, parent) => {
    // A class list the schema emptied (a class not on the element's list) goes, not `class=""`.
    if (Array.isArray(node.properties.className) && node.properties.className.length === 0) delete node.properties.className
    if (node.tagName !== 'img' || IMAGE_SOURCE.test(String(node.properties.src ?? '')) || !parent || index === undefined) return
    parent.children.splice(index, 1)
    return index
  })
  return clean
}
