/**
 * One error vocabulary: throw an AppError anywhere; the single onError handler turns it into the
 * contract's body `{"error": {"code", "message"}}`. Anything else becomes an opaque 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const badRequest = (message: string, details?: unknown, code = 'invalid_input') =>
  new AppError(400, code, message, details)
export const unauthorized = (message = 'Sign in first.') => new AppError(401, 'not_signed_in', message)
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', message)
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`)
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message)
export const tooLarge = (message: string) => new AppError(413, 'too_large', message)
export const unsupportedType = (message: string) => new AppError(415, 'unsupported_type', message)
export const unprocessable = (message: string, code = 'unprocessable') => new AppError(422, code, message)
export const tooManyRequests = (message = 'Too many attempts. Wait a minute and try again.') =>
  new AppError(429, 'too_many_requests', message)
