import { DomainError, type DomainErrorKind } from './domainErrors.js'

type HttpStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503

/** The HTTP status of each kind of domain error. */
export const STATUS_OF_KIND: Record<DomainErrorKind, HttpStatus> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  unavailable: 503,
}

const KIND_OF_STATUS: Partial<Record<HttpStatus, DomainErrorKind>> = Object.fromEntries(
  Object.entries(STATUS_OF_KIND).map(([kind, status]) => [status, kind as DomainErrorKind]),
)

/** The status a domain error answers with (an AppError says its own). */
export function statusOf(err: DomainError): HttpStatus {
  return err instanceof AppError ? err.status : STATUS_OF_KIND[err.kind]
}

/**
 * One error vocabulary: routes throw an AppError, storage and importers a DomainError (domainErrors.ts);
 * the single onError handler turns either into the contract's body `{"error": {"code", "message"}}`.
 * Anything else becomes an opaque 500.
 */
export class AppError extends DomainError {
  constructor(
    readonly status: HttpStatus,
    code: string,
    message: string,
    details?: unknown,
  ) {
    super(KIND_OF_STATUS[status] ?? 'invalid', code, message, details)
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
