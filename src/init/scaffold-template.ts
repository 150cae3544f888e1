import type { Layout } from '../model/index.js'
import type { PdfStyle } from '../render/pdf/index.js'
import type { PlanFile } from './scaffold-plan.js'

export interface NewTemplate {
  /** The source template's layout and PDF style, each merged over the default's. */
  layout: Layout
  pdfStyle: PdfStyle
  /** The source's own files (partials, style.css) when it is not the default; copied as they are. */
  ownFiles: PlanFile[]
  /** The default stylesheet's custom properties (the `:root` block), shown in an empty style.css. */
  cssProperties: string
}

/**
 * `vplan template new`: a template folder of overrides. templates/<name>/ falls back to
 * templates/default/ file by file, so it holds only what differs: the layout, the PDF style keys
 * most often changed (each explained in a `$comment`), and the source's own partials and CSS.
 */
export function scaffoldTemplate({ layout, pdfStyle, ownFiles, cssProperties }: NewTemplate): PlanFile[] {
  const files: PlanFile[] = [
    { path: 'template.json', content: json(templateJson(layout)) },
    { path: 'pdf-style.json', content: json(pdfStyleJson(pdfStyle)) },
  ]
  const ownCss = ownFiles.some((file) => file.path === 'style.css')
  if (!ownCss) files.push({ path: 'style.css', content: emptyStylesheet(cssProperties) })
  return [...files, ...ownFiles]
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

function templateJson(layout: Layout) {
  return {
    $comment:
      'Dokumentets uppbyggnad. numberDepth: hur många rubriknivåer som numreras (1, 4.1, 4.1.1), 0 = ingen numrering. tocDepth: hur många nivåer innehållsförteckningen visar. tocTitle: innehållsförteckningens rubrik. Det som inte står här tas från templates/default/template.json.',
    numberDepth: layout.numberDepth,
    tocDepth: layout.tocDepth,
    tocTitle: layout.tocTitle,
  }
}

function pdfStyleJson(style: PdfStyle) {
  const { colours, fontSizes, page, table, cover } = style
  return {
    $comment:
      'PDF:ens utseende. Allt som inte står här tas från standardmallen, så ta gärna bort det du inte ändrar. Färger skrivs #rrggbb, längder och storlekar i punkter (1 pt ≈ 0,35 mm). Webbsidans färger sätts i style.css.',
    colours: {
      $comment:
        'accent: kommunens färg (försättsbladets band, kapitelrubriker, tabellhuvuden). onAccent: text på accentfärgen. heading: underrubriker. link: länkar. groupFill: grupprader i budgettabeller. zebraFill: varannan rad när table.zebra är på. Text på accentfärgen behöver kontrast minst 4,5:1.',
      accent: colours.accent,
      onAccent: colours.onAccent,
      heading: colours.heading,
      text: colours.text,
      link: colours.link,
      groupFill: colours.groupFill,
      zebraFill: colours.zebraFill,
    },
    fontSizes: {
      $comment: 'Teckenstorlekar i punkter: brödtext, tabeller, kapitelrubrik (h1), underrubriker (h2, h3) och försättsbladets titel.',
      body: fontSizes.body,
      table: fontSizes.table,
      h1: fontSizes.h1,
      h2: fontSizes.h2,
      h3: fontSizes.h3,
      coverTitle: fontSizes.coverTitle,
    },
    page: {
      $comment: 'margins: vänster, över, höger, under. chapterOnNewPage: varje kapitel börjar på ny sida (annars bara vid ::pagebreak).',
      margins: page.margins,
      chapterOnNewPage: page.chapterOnNewPage,
    },
    table: {
      $comment: 'zebra: varannan rad tonad. filledHeader: tabellhuvudet fyllt med accentfärgen (annars fet text över en linje).',
      zebra: table.zebra,
      filledHeader: table.filledHeader,
    },
    cover: {
      $comment: 'bandHeight: höjden på färgbandet överst på försättsbladet, 0 för inget band.',
      bandHeight: cover.bandHeight,
    },
  }
}

function emptyStylesheet(cssProperties: string): string {
  // The properties' own comments become dashes: a comment cannot hold another.
  const commented = cssProperties
    .split('\n')
    .map((line) => `   ${line.replace(/\/\*\s*(.*?)\s*\*\//g, '– $1')}`.trimEnd())
    .join('\n')
  return `/* Webbsidans utseende: läggs efter templates/default/style.css, så det som står här vinner.
   Oftast räcker det att ändra färgerna. Standardmallens egenskaper, att kopiera och ändra
   (behåll kontrasten minst 4,5:1 mot vitt för text):

${commented}
*/
`
}
