/** The part of the `hyphen` package (ISC; Swedish patterns by Jan Michael Rynning, LPPL) that vplan uses. */
declare module 'hyphen/sv/index.js' {
  interface HyphenateOptions {
    /** The character put at each break point (default U+00AD). */
    hyphenChar?: string
    /** Words shorter than this are left alone (default 5). */
    minWordLength?: number
  }
  /** A CommonJS module: Node's ES module loader gives it as the default export only. */
  const hyphenator: { hyphenateSync(text: string, options?: HyphenateOptions): string }
  export default hyphenator
}
