import { describe, expect, it } from 'vitest'
import { safeNext } from '../../../client/features/auth/LoginPage'
import { normalizeCode, roomPath } from '../../../client/features/join/JoinPage'
import { joinUrl } from '../../../client/features/reviews/types'

describe('join and sign-in helpers', () => {
  it('normalises typed codes', () => {
    expect(normalizeCode(' AB 12\tCD ')).toBe('AB12CD')
  })
  it('builds room and join URLs with escaping', () => {
    expect(roomPath('r 1', 'g/2')).toBe('/reviews/r%201/groups/g%2F2')
    expect(joinUrl('http://h:1', 'A&B')).toBe('http://h:1/join?code=A%26B')
  })
  it('only follows in-app next= paths', () => {
    expect(safeNext('/drafts/1')).toBe('/drafts/1')
    expect(safeNext('//evil.example')).toBe('/')
    expect(safeNext('https://evil.example')).toBe('/')
    expect(safeNext(null)).toBe('/')
  })
})
