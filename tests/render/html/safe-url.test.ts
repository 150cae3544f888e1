import { describe, expect, test } from 'vitest'
import { isSafeUrl, urlScheme } from '../../../src/render/html/safe-url.js'

describe('isSafeUrl', () => {
  test.each([
    'https://www.knivsta.se/',
    'http://example.com/a:b',
    'HTTPS://WWW.DANDERYD.SE',
    'mailto:socialnamnden@knivsta.se',
    'tel:+46 8 555 000',
    '#4-nämndens-driftsbudget',
    'bilaga.pdf',
    '../rapport/2023.html?a=b:c',
    '/sok?q=a:b',
  ])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true))

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' \u0001javascript:alert(1)',
    '\ufffdjavascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'java\u200bscript:alert(1)',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false))

  test('reads the scheme the way a browser does', () => {
    expect(urlScheme('  JaVa\tScRiPt&#58;x')).toBe('javascript')
    expect(urlScheme('a/b:c')).toBeUndefined()
  })
})
