import { describe, expect, test } from 'vitest'
import { runServe } from '../../src/cli/serve.js'

describe('vplan serve arguments', () => {
  test.each([
    [[], /exactly one plan folder/],
    [['plans/knivsta-sn-2024', 'plans/danderyd-sn-2024'], /exactly one plan folder/],
    [['plans/no-such-plan'], /not a plan folder/],
    [['plans/knivsta-sn-2024', '--port', 'http'], /--port takes a number from 0 to 65535/],
    [['plans/knivsta-sn-2024', '--port', '70000'], /--port takes a number/],
    [['plans/knivsta-sn-2024', '--watch'], /Unknown option '--watch'/],
  ])('%j is a usage error', async (args, message) => {
    await expect(runServe(args)).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(message) })
  })
})
