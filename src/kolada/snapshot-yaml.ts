import { Document, isMap, isSeq, type YAMLMap } from 'yaml'
import type { KoladaSnapshot } from '../model/index.js'

const HEADER = [
  ' Kolada-värden för planen, skrivna av `vplan kolada`. Ändra inte för hand: kör kommandot igen.',
  ' Källa: Kolada (RKA, www.kolada.se). Ange källan och hämtningsdatumet när värdena används.',
  ' T = totalt, K = kvinnor, M = män; value ~ = inget värde i Kolada (status Missing).',
].join('\n')

/** The snapshot as YAML, one value per line in a flow mapping so a review shows each change. */
export function snapshotYaml(snapshot: KoladaSnapshot): string {
  const doc = new Document(snapshot)
  doc.commentBefore = HEADER
  const kpis = doc.get('kpis')
  if (isMap(kpis)) {
    for (const pair of kpis.items) {
      const values = isMap(pair.value) ? pair.value.get('values') : undefined
      if (!isMap(values)) continue
      for (const year of (values as YAMLMap).items) {
        if (!isMap(year.value)) continue
        for (const gender of year.value.items) if (isMap(gender.value)) gender.value.flow = true
      }
    }
  }
  const comparisons = doc.get('comparisons')
  if (isMap(comparisons)) {
    for (const place of comparisons.items) {
      if (!isMap(place.value)) continue
      for (const kpi of place.value.items) {
        if (!isMap(kpi.value)) continue
        for (const year of kpi.value.items) {
          if (!isMap(year.value)) continue
          for (const gender of year.value.items) if (isMap(gender.value)) gender.value.flow = true
        }
      }
    }
  }
  const years = doc.get('years')
  if (isSeq(years)) years.flow = true
  return doc.toString({ nullStr: '~', lineWidth: 0 })
}
