import { z } from 'zod'

/*
 * The Kolada API v3 responses vplan reads, as its documentation gives them. Objects are loose:
 * Kolada may add fields without breaking vplan, but a field vplan reads that is missing or of
 * another type makes the whole response "unexpected" (exit 2) rather than a guessed figure.
 */

const Page = { count: z.number().int().min(0), next_url: z.string().nullish() }

export const DataValue = z.looseObject({
  gender: z.enum(['T', 'K', 'M']),
  count: z.number().nullish(),
  status: z.string().nullish(),
  value: z.number().nullable(),
})

export const DataEntry = z.looseObject({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string().regex(/^\d{4}$/).transform(Number)]),
  values: z.array(DataValue),
})
export type DataEntry = z.output<typeof DataEntry>

export const DataPage = z.looseObject({ ...Page, values: z.array(DataEntry) })
export type DataPage = z.output<typeof DataPage>

export const KpiEntry = z.looseObject({
  id: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  is_divided_by_gender: z.union([z.boolean(), z.number()]).nullish(),
})
export type KpiEntry = z.output<typeof KpiEntry>

export const KpiPage = z.looseObject({ ...Page, values: z.array(KpiEntry) })
export type KpiPage = z.output<typeof KpiPage>
