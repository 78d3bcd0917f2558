import { describe, expect, it } from 'vitest'
import { ApiError, errorFromBody } from '../../../client/api/client'
import { errorKey } from '../../../client/components/ErrorMessage'

describe('API errors', () => {
  it('reads the contract error body', () => {
    const e = errorFromBody(
      415,
      JSON.stringify({ error: { code: 'unsupported_type', message: 'Use .docx or .pdf.' } }),
    )
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(415)
    expect(e.code).toBe('unsupported_type')
    expect(e.message).toBe('Use .docx or .pdf.')
  })

  it('keeps the well-formed field problems of error.details', () => {
    const e = errorFromBody(
      400,
      JSON.stringify({
        error: {
          code: 'invalid_pack',
          message: 'The methodology pack is invalid.',
          details: [{ path: 'groups.0.color', message: 'Use a colour like "#1f77b4".' }, { path: 3 }, null],
        },
      }),
    )
    expect(e.details).toEqual([{ path: 'groups.0.color', message: 'Use a colour like "#1f77b4".' }])
    expect(
      errorFromBody(400, JSON.stringify({ error: { code: 'x', message: 'y', details: 'no' } })).details,
    ).toBe(undefined)
  })

  it('survives bodies that are not the contract shape', () => {
    expect(errorFromBody(502, '<html>Bad gateway</html>')).toMatchObject({ status: 502, code: 'http_502' })
    expect(errorFromBody(500, '{"oops":1}')).toMatchObject({
      status: 500,
      code: 'http_500',
      message: 'HTTP 500',
    })
  })

  it('maps statuses to catalogue keys for the UI', () => {
    expect(errorKey(new ApiError(413, 'too_large', 'x'))).toBe('errors.status_413')
    expect(errorKey(new ApiError(422, 'unprocessable', 'x'))).toBe('errors.status_422')
    expect(errorKey(new ApiError(0, 'network', 'x'))).toBe('errors.status_0')
    expect(errorKey(new ApiError(500, 'internal', 'x'))).toBe('errors.unknown')
    expect(errorKey(new Error('x'))).toBe('errors.unknown')
  })
})
