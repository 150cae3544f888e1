/**
 * Bounds on what the loader accepts, so that a wrong or hostile file is refused with a clear
 * diagnostic instead of making a build run for minutes or exhaust memory (docs/robustness.md).
 *
 * - Files: the largest chapter in the 2024 plans is 8 KB and the largest plan.yaml 22 KB. A
 *   512 KiB Markdown file is some 150 printed pages and builds in seconds; a 5 MB "chapter" is a
 *   wrong file (an export, a log) rather than a chapter and would take minutes to lay out as PDF,
 *   and Markdown dense with emphasis or brackets parses some twenty times slower than prose.
 * - Nesting: the plans nest lists two levels deep. The PDF indents every list and quote level, so
 *   beyond about 25 levels there is no width left for text (pdfmake then never finishes), and
 *   the Markdown parser's recursion ends in a stack overflow at a few thousand.
 */
export const MAX_FILE_BYTES = 512 * 1024

/** Container levels (block quotes, list items, ::: directives) one Markdown text may nest. */
export const MAX_MARKDOWN_NESTING = 16

/** Depth of the parsed Markdown tree (containers plus inline emphasis, links, ...). */
export const MAX_MARKDOWN_TREE_DEPTH = 48

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
