/**
 * Errors of the domain, without HTTP: storage, importers and commands say what went wrong (a kind and
 * a stable code) and the one error handler (`http/errorHandler.ts`) decides the status. `AppError`
 * (errors.ts) is the HTTP-side subclass for what only a route can say (401, 403, 429…).
 */

/** What kind of failure, as the caller should understand it. */
export type DomainErrorKind =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported'
  | 'unprocessable'
  | 'unavailable'

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

/** The input is too big to handle. */
export const tooLarge = (message: string) => new DomainError('too_large', 'too_large', message)
/** A file of a type we do not read. */
export const unsupportedType = (message: string) =>
  new DomainError('unsupported', 'unsupported_type', message)
/** Well-formed input we cannot make sense of (a damaged or too complex file). */
export const unprocessable = (message: string, code = 'unprocessable') =>
  new DomainError('unprocessable', code, message)
/** The store cannot take or give data right now. */
export const unavailable = (message: string, code = 'storage_unavailable') =>
  new DomainError('unavailable', code, message)
/** The change conflicts with another made at the same time. */
export const conflicting = (message: string, code = 'conflict') => new DomainError('conflict', code, message)
