import type { Plan } from '../../model/index.js'
import { markdownFields, positionInValue } from '../check-yaml-markdown.js'
import type { DataPath, Narrative, SourcePosition } from '../types.js'
import { findImageUses } from './find-image-references.js'
import type { ImageRequest } from './read-images.js'

export interface RequestSources {
  plan: Plan
  narratives: ReadonlyMap<string, Narrative>
  planFile: string
  yamlText: string
  locate(path: DataPath): SourcePosition
}

/** The images a plan shows, in the order an editor reads them: plan.yaml first, then each chapter. */
export function collectImageRequests(sources: RequestSources): { images: ImageRequest[]; logo: ImageRequest | undefined } {
  const images: ImageRequest[] = []
  const lines = sources.yamlText.split('\n')
  for (const [path, text] of markdownFields(sources.plan)) {
    for (const use of findImageUses(text)) {
      images.push({ ...use, file: sources.planFile, position: positionInValue(lines, sources.locate(path), use.position) })
    }
  }
  for (const narrative of sources.narratives.values()) {
    for (const use of findImageUses(narrative.text)) images.push({ ...use, file: narrative.file })
  }
  const logo = sources.plan.meta.logo
  return { images, logo: logo === undefined ? undefined : { url: encodeURI(logo), file: sources.planFile, position: sources.locate(['meta', 'logo']) } }
}
