import type { Area } from './types.js'

/** The first segment of every change's path: what a reader calls that part of the plan. */
export const AREA_LABELS: Record<Area, string> = {
  meta: 'Uppgifter',
  document: 'Dokumentets delar',
  goals: 'Mål',
  assignments: 'Uppdrag',
  indicators: 'Indikatorer',
  operating: 'Driftsbudget',
  multiYear: 'Flerårsbudget',
  byResponsibility: 'Budget per ansvar',
  investments: 'Investeringar',
  volumes: 'Volymer och nyckeltal',
  suppliers: 'Privata utförare',
  narrative: 'Text',
  images: 'Bilder',
}

/** Money units and what one of them is in kronor, to compare and rank changes across tables. */
export const UNIT_FACTORS: Record<string, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 }
