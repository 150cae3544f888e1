export { hyphenate, stripSoftHyphens, SOFT_HYPHEN, DEFAULT_HYPHENATION, type HyphenationOptions } from './hyphenate.js'
export { joinAbbreviations, NO_BREAK_SPACE } from './abbreviations.js'
