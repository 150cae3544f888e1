const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * On loopback the preview answers only requests addressed to a loopback name: a web page the
 * editor visits could otherwise rebind its own host name to 127.0.0.1 and read the draft plan.
 * Bound to another address on purpose (--host), the user chose who may connect.
 */
export function isAllowedHost(hostHeader: string | undefined, boundToLoopback: boolean): boolean {
  if (!boundToLoopback) return true
  if (!hostHeader) return false
  const name = hostHeader.toLowerCase().replace(/:\d+$/, '')
  return LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(name)
}

export function isLoopback(address: string): boolean {
  return address === 'localhost' || address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address)
}
