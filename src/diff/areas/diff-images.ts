import { AREA_LABELS } from '../area-labels.js'
import { diffWords } from '../compare/diff-words.js'
import { emit, type DiffContext } from '../context.js'
import type { ImageFact, PlanSnapshot } from '../snapshot.js'

/**
 * Images by their address: added, removed, replaced (the same address, other content: compared
 * by SHA-256, so a re-exported file with the same pixels is no change, a new diagram under the old
 * name is) and alt text reworded; and the logo's file replaced. Where an image is shown is the
 * narrative's business (its paragraph is added, moved or removed there).
 */
export function diffImages(context: DiffContext, before: PlanSnapshot, after: PlanSnapshot): void {
  const old = new Map((before.images ?? []).map((image) => [image.url, image]))
  const neu = new Map((after.images ?? []).map((image) => [image.url, image]))
  const path = (url: string) => [AREA_LABELS.images, decode(url)]
  for (const image of neu.values()) {
    const prior = old.get(image.url)
    const key = `images:${image.url}`
    if (!prior) {
      emit(context, { kind: 'added', area: 'images', key, path: path(image.url), text: altText(image) })
      continue
    }
    if (prior.hash !== image.hash) {
      emit(context, { kind: 'value', area: 'images', key, path: [...path(image.url), 'Bildfil'], field: 'Bildfil', old: shortHash(prior.hash), new: shortHash(image.hash) })
    }
    const [was, is] = [altText(prior), altText(image)]
    if (was !== is) emit(context, { kind: 'text', area: 'images', key, path: [...path(image.url), 'Alt-text'], field: 'Alt-text', old: was, new: is, parts: diffWords(was, is, context.budget) })
  }
  for (const image of old.values()) {
    if (!neu.has(image.url)) emit(context, { kind: 'removed', area: 'images', key: `images:${image.url}`, path: path(image.url), text: altText(image) })
  }
  if (before.logoHash && after.logoHash && before.logoHash !== after.logoHash && before.plan.meta.logo === after.plan.meta.logo) {
    emit(context, { kind: 'value', area: 'images', key: 'images:logo', path: [AREA_LABELS.images, 'Logotyp', 'Bildfil'], field: 'Bildfil', old: shortHash(before.logoHash), new: shortHash(after.logoHash) })
  }
}

/** The alt texts of an image's uses, as one text (most images are shown once). */
function altText(image: ImageFact): string {
  return [...new Set(image.alts)].join(' | ')
}

/** Enough of the hash to tell two files apart in a report. */
function shortHash(hash: string): string {
  return `sha256:${hash.slice(0, 12)}`
}

function decode(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}
