/** Why an image cannot be used, or what was removed from it; positioned by the caller. */
export interface ImageProblem {
  ruleId: string
  message: string
  severity: 'error' | 'warning'
  /** Position inside the image file (SVG), when the problem has one. */
  position?: { line: number; column: number }
}

/** The result of reading one image file's bytes. */
export type ImageRead =
  | { ok: true; format: 'png' | 'jpeg'; width: number; height: number }
  | { ok: true; format: 'svg'; width: number; height: number; svg: string; warnings: ImageProblem[] }
  | { ok: false; problem: ImageProblem }

export function corrupt(what: string, detail: string): ImageRead {
  return { ok: false, problem: { ruleId: 'image-corrupt', severity: 'error', message: `the ${what} file is damaged or incomplete (${detail}); export it again` } }
}
