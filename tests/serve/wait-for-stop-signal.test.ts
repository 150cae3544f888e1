import { EventEmitter } from 'node:events'
import { expect, test } from 'vitest'
import { waitForStopSignal } from '../../src/serve/wait-for-stop-signal.js'

test('resolves on SIGINT or SIGTERM and stops listening afterwards', async () => {
  const target = new EventEmitter()
  const stopped = waitForStopSignal(target)
  expect(target.listenerCount('SIGINT')).toBe(1)
  target.emit('SIGTERM', 'SIGTERM')
  await expect(stopped).resolves.toBe('SIGTERM')
  expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM')).toBe(0)
})
