import { z } from 'zod'

/**
 * A date as a plan states it: a day (`2023-12-01`) or only a month (`2023-12`). Plans often say
 * no more than "i december 2023"; a month field lets them say exactly that, so no renderer has to
 * invent a day.
 */
export interface StatedDate {
  year: number
  month: number
  /** Absent when the plan states only the month. */
  day?: number
}

const FORM = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

export const DATE_HINT = 'datum skrivs ÅÅÅÅ-MM-DD eller, om bara månaden är känd, ÅÅÅÅ-MM'

/** `2023-12-01` or `2023-12` → its parts; anything else, or a day the calendar lacks, → undefined. */
export function parsePlanDate(text: string): StatedDate | undefined {
  const match = FORM.exec(text)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  if (month < 1 || month > 12) return undefined
  if (match[3] === undefined) return { year, month }
  const day = Number(match[3])
  // Date.UTC rolls 2023-02-30 over into March; a real day survives the round trip.
  const probe = new Date(Date.UTC(year, month - 1, day))
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { year, month, day } : undefined
}

/** The schema of such a date: the form first (so JSON Schema knows it), then the calendar. */
export const PlanDate = z
  .string()
  .regex(FORM, { message: DATE_HINT, abort: true })
  .refine((text) => parsePlanDate(text) !== undefined, { message: `ingen sådan dag eller månad finns – ${DATE_HINT}` })
