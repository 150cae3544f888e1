/**
 * Kept only for src/render/html/index.ts, which is being edited elsewhere: dates are formatted in
 * src/format/ (docs/decisions.md). Import from there; delete this file once nothing imports it.
 */
export { formatPlanDate } from '../../format/index.js'
