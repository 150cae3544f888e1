/*
 * Swedish formatting, one home: figures, units, percentages, dates and periods as the document,
 * the cover and the review report print them. A low layer (it imports only model/), so derive/,
 * compose/, render/ and diff/ may all use it.
 */
export { formatDelta, formatFixed, formatFree, formatNumber, formatScalar, formatSigned, formatWith } from './format-number.js'
export { formatPercent, NBSP, withUnit } from './format-unit.js'
export { formatPlanDate } from './format-plan-date.js'
export { dashYears, formatPlanPeriod } from './format-plan-period.js'
export { formatTarget, parseTarget } from './format-target.js'
