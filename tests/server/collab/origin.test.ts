/** The Origin check in isolation (the route test covers it over real sockets). */
import { describe, expect, it } from 'vitest'
import { isOriginAllowed, ownOrigin } from '../../../server/collab/origin.js'

const requestUrl = 'http://shaffof.local:3000/collab/rv.1.g.a?token=x'

describe('isOriginAllowed', () => {
  it('accepts no Origin (scripts) and our own origin, refuses others', () => {
    expect(isOriginAllowed({ requestUrl, origin: undefined })).toBe(true)
    expect(isOriginAllowed({ requestUrl, origin: 'http://shaffof.local:3000' })).toBe(true)
    expect(isOriginAllowed({ requestUrl, origin: 'HTTP://SHAFFOF.LOCAL:3000' })).toBe(true)
    for (const origin of [
      'https://shaffof.local:3000',
      'http://shaffof.local',
      'http://evil.example',
      'null',
      '',
      'file://',
      'chrome-extension://abc',
    ]) {
      expect(isOriginAllowed({ requestUrl, origin }), origin).toBe(false)
    }
  })

  it('accepts configured origins', () => {
    expect(
      isOriginAllowed({
        requestUrl,
        origin: 'http://localhost:5173',
        allowedOrigins: ['http://localhost:5173/'],
      }),
    ).toBe(true)
    expect(
      isOriginAllowed({
        requestUrl,
        origin: 'http://localhost:5174',
        allowedOrigins: ['http://localhost:5173'],
      }),
    ).toBe(false)
  })

  it('uses X-Forwarded-* only when told to trust the proxy', () => {
    const check = {
      requestUrl,
      origin: 'https://shaffof.uz',
      forwardedProto: 'https',
      forwardedHost: 'shaffof.uz',
    }
    expect(isOriginAllowed(check)).toBe(false)
    expect(isOriginAllowed({ ...check, trustProxy: true })).toBe(true)
    expect(ownOrigin({ ...check, trustProxy: true })).toBe('https://shaffof.uz')
  })
})
