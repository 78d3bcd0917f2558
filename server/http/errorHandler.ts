/** The one place errors become responses: the contract body, never a stack trace. */
import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import { DomainError } from '../domainErrors.js'
import { statusOf } from '../errors.js'
import type { Logger } from '../log.js'
import type { AppEnv } from './context.js'

/** Write the contract's error body. */
export function errorBody(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: unknown,
): Response {
  const error: Record<string, unknown> = { code, message }
  if (details !== undefined) error.details = details
  return c.json({ error }, status)
}

const HTTP_CODES: Record<number, string> = {
  400: 'invalid_input',
  401: 'not_signed_in',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'too_large',
  415: 'unsupported_type',
}

/**
 * AppError → its status; a domain error (storage, importers) → the status of its kind; zod → 400;
 * malformed JSON → 400; anything else → opaque 500, logged.
 */
export function createErrorHandler(log: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (err instanceof DomainError) {
      const status = statusOf(err)
      if (status >= 500)
        log.error('request failed', { requestId: c.get('requestId'), code: err.code, message: err.message })
      return errorBody(c, status, err.code, err.message, err.details)
    }
    if (err instanceof ZodError) {
      const details = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
      return errorBody(c, 400, 'invalid_input', 'Invalid input.', details)
    }
    if (err instanceof SyntaxError)
      return errorBody(c, 400, 'malformed_json', 'The request body is not valid JSON.')
    if (err instanceof HTTPException && err.status < 500) {
      return errorBody(
        c,
        err.status,
        HTTP_CODES[err.status] ?? 'invalid_input',
        err.message || 'Bad request.',
      )
    }
    log.error('unhandled error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    })
    return errorBody(
      c,
      500,
      'internal_error',
      `Something went wrong on the server (request ${c.get('requestId')}).`,
    )
  }
}
