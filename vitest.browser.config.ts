import { defineConfig } from 'vitest/config'

/**
 * `npm run test:browser`: the published HTML and `vplan serve` in Debian's Chromium.
 * Separate from `npm test` (files are *.browser.ts) because it needs a browser.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    globalSetup: ['tests/browser/support/compile.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // One Chromium at a time: small CI machines, and the preview's reload times stay meaningful.
    fileParallelism: false,
  },
})
