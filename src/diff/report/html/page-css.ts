/**
 * The report's only style sheet, inlined: readable on screen and paper, marks that do not rely
 * on colour alone (strike-through, underline, hidden words for screen readers), AA contrast.
 */
export const PAGE_CSS = `
:root { color-scheme: light; --ins-bg: #dafbe1; --ins-fg: #0a3d17; --del-bg: #ffebe9; --del-fg: #7a0a1c; --muted: #555; --line: #c8c8c8; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 2; outline: 3px solid #1b4f9c; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header p { color: var(--muted); margin: .25rem 0; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15rem; } h4, h5, h6 { font-size: 1rem; }
a { color: #1b4f9c; } a:focus, input:focus, .scroll:focus { outline: 3px solid #1b4f9c; outline-offset: 2px; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-decoration-thickness: 1px; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.delta { color: var(--muted); white-space: nowrap; font-size: .9em; }
.badge { display: inline-block; font-size: .8em; border: 1px solid var(--line); border-radius: .3em; padding: 0 .35em; color: var(--muted); }
.prose { white-space: pre-line; margin: .5rem 0; }
.label { font-weight: 600; margin-bottom: 0; }
.only-changes { width: 1.2rem; height: 1.2rem; margin: 1.5rem .5rem 0 0; vertical-align: middle; }
.switch { font-weight: 600; vertical-align: middle; }
.summary td, .summary th { text-align: left; padding: .2rem .6rem .2rem 0; vertical-align: top; }
.changes li { margin: .2rem 0; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
thead th { border-bottom: 2px solid #888; text-align: left; }
th.num, td.num { text-align: right; } th.txt, td.txt { text-align: left; }
tbody th { text-align: left; font-weight: normal; }
tr.group th { font-weight: 600; } tr.total th, tr.total td { font-weight: 600; border-top: 2px solid #888; }
tr.indent th { padding-left: 1.5rem; }
tr.changed, li.changed, p.changed, div.prose.changed { box-shadow: inset 3px 0 0 #1b4f9c; }
p.changed, p.added, p.removed, div.prose.changed { padding-left: .6rem; }
tr.added { background: var(--ins-bg); } tr.removed { background: var(--del-bg); }
p.note { color: var(--muted); font-size: .9em; }
.only-changes:checked ~ .document .unchanged { display: none; }
.only-changes:checked ~ .document tr.unchanged { display: none; }
@media (max-width: 30rem) { header, main, footer { padding: .5rem; } }
@media print {
  .skip, .switch, .only-changes { display: none; }
  body { font-size: 10pt; } a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; } tr, li, p { break-inside: avoid; } h2, h3, h4 { break-after: avoid; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
