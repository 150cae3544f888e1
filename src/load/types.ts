import type { ImageAsset, Plan } from '../model/index.js'
import type { Diagnostic } from '../diagnostics/index.js'

/** A path into the plan data, as zod reports it: keys and list indexes. */
export type DataPath = readonly (string | number)[]

/** 1-based line and column (UTF-16 code units, like the editors and the `yaml` package count). */
export interface SourcePosition {
  line: number
  column: number
}

export interface Narrative {
  /** Display path of the Markdown file. */
  file: string
  /** The text, UTF-8 decoded, BOM removed. */
  text: string
}

export interface LoadedPlan {
  /** The plan folder's name, e.g. `knivsta-sn-2024`. */
  id: string
  /** Absolute path of the plan folder. */
  dir: string
  /** Display path of plan.yaml (relative to the working directory when inside it). */
  planFile: string
  plan: Plan
  /** Key: the `file:` value exactly as written in plan.yaml. */
  narratives: Map<string, Narrative>
  /** Position of a data path's value in plan.yaml; the nearest existing ancestor when the path is absent. */
  locate(path: (string | number)[]): SourcePosition
  warnings: Diagnostic[]
  /** The images the Markdown shows, read and checked, by their address as the Markdown tree holds it. */
  images: ReadonlyMap<string, ImageAsset>
  /** `meta.logo`, read and checked. */
  logo?: ImageAsset | undefined
}

/**
 * Reads files of one plan by their path relative to the plan folder, so a plan can come from
 * somewhere other than the disk (a git revision). Returns undefined when there is no such file.
 */
export interface PlanReader {
  /** `maxBytes`: a reader that can tell the size before reading refuses a larger file unread (FileTooLargeError). */
  read(relativePath: string, maxBytes?: number): Promise<Buffer | undefined>
}

export interface LoadOptions {
  /**
   * 'merge' (the default): read kolada.yaml, if any, into the plan. 'ignore': leave it out, for
   * `vplan kolada`, which must load a plan whose Kolada values do not exist yet.
   */
  kolada?: 'merge' | 'ignore'
}
