import { describe, expect, it } from 'vitest'
import { matchPath } from '../../../client/app/router'

describe('matchPath', () => {
  it('matches static and parameterised segments', () => {
    expect(matchPath('/', '/')).toEqual({})
    expect(matchPath('/drafts', '/drafts')).toEqual({})
    expect(matchPath('/drafts/:id', '/drafts/abc')).toEqual({ id: 'abc' })
    expect(matchPath('/reviews/:id/groups/:groupId', '/reviews/r1/groups/g2')).toEqual({
      id: 'r1',
      groupId: 'g2',
    })
  })

  it('ignores trailing slashes and decodes params', () => {
    expect(matchPath('/drafts/:id', '/drafts/a%20b/')).toEqual({ id: 'a b' })
  })

  it('rejects different lengths, different literals and malformed escapes', () => {
    expect(matchPath('/drafts/:id', '/drafts')).toBeNull()
    expect(matchPath('/drafts/:id', '/drafts/a/b')).toBeNull()
    expect(matchPath('/reviews/new', '/reviews/r1')).toBeNull()
    expect(matchPath('/drafts/:id', '/drafts/%E0%A4%A')).toBeNull()
  })

  it('lets /reviews/new win only when listed first (static before param)', () => {
    expect(matchPath('/reviews/:id', '/reviews/new')).toEqual({ id: 'new' })
    expect(matchPath('/reviews/new', '/reviews/new')).toEqual({})
  })
})
