import { z } from 'zod'

/**
 * kolada.yaml: the values `vplan kolada` fetched for a plan, committed beside plan.yaml so the
 * figures are versioned and reviewable and builds stay offline. Written by src/kolada/, read by
 * the loader, which merges it into the plan; nobody is meant to edit it by hand.
 */

export const KOLADA_SNAPSHOT_FILE = 'kolada.yaml'

export const KPI_ID = /^[NU]\d{5}$/

/** Kolada's genders: T = totalt, K = kvinnor, M = män. */
export const GENDERS = ['T', 'K', 'M'] as const
export type Gender = (typeof GENDERS)[number]

export const SnapshotValue = z.strictObject({
  /** null when Kolada has no value (its status is then usually "Missing"); never 0 in its place. */
  value: z.number().nullable(),
  /** Kolada's status when it has one ("Missing", "Revised"); left out when empty. */
  status: z.string().min(1).optional(),
})
export type SnapshotValue = z.output<typeof SnapshotValue>

export const SnapshotYear = z.strictObject({
  T: SnapshotValue.optional(),
  K: SnapshotValue.optional(),
  M: SnapshotValue.optional(),
})
export type SnapshotYear = z.output<typeof SnapshotYear>

export const SnapshotKpi = z.strictObject({
  title: z.string().min(1),
  description: z.string().optional(),
  /** Kolada divides this KPI by gender (K/M). */
  dividedByGender: z.boolean().optional(),
  /** By year ("2022"); a year Kolada returned nothing for is absent. */
  values: z.record(z.string().regex(/^\d{4}$/, 'years are four digits, e.g. "2022"'), SnapshotYear).default({}),
})
export type SnapshotKpi = z.output<typeof SnapshotKpi>

export const KoladaSnapshot = z.strictObject({
  source: z.literal('Kolada'),
  /** The API's v3 base the values came from. */
  api: z.string().min(1),
  /** Retrieval date, ÅÅÅÅ-MM-DD (printed as "Källa: Kolada, hämtat 7 december 2026"). */
  retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'retrieved is a date, ÅÅÅÅ-MM-DD'),
  municipality: z.string().regex(/^\d{4}$/, 'municipality is a four-digit code, e.g. "0330"'),
  years: z.array(z.number().int().min(1900).max(2200)),
  kpis: z.record(z.string().regex(KPI_ID, 'Kolada ids look like N31814 or U21468'), SnapshotKpi).default({}),
  /** Values of the same KPIs for the tables' comparison columns: by code ("0000"), KPI, year. */
  comparisons: z
    .record(z.string().regex(/^(?:\d{4}|G\d+)$/), z.record(z.string().regex(KPI_ID), z.record(z.string().regex(/^\d{4}$/), SnapshotYear)))
    .default({}),
  /** Ids the plan names that Kolada does not know. */
  unknown: z.array(z.string()).default([]),
})
export type KoladaSnapshot = z.output<typeof KoladaSnapshot>
