/**
 * `route(spec)`: one row of the route table whose JSON body and query string the table parses with
 * the row's own zod schemas, so every handler receives typed input and every validation error
 * becomes the contract's 400 body in one place (`parseWith`). The handler returns either a value,
 * sent as JSON with the row's declared status (so the documented status is the one served), or a
 * `Response` of its own (files, 204s with cookies).
 */
import type { z } from 'zod'
import { badRequest } from '../errors.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import { parseWith, type RouteDef } from './types.js'

type Schema = z.ZodType | undefined
type Parsed<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined

/** What a handler receives: the parsed body (null for a multipart upload, which it reads itself) and query. */
export type RouteInput<B extends Schema, Q extends Schema, M extends boolean> = {
  body: M extends true ? Parsed<B> | null : Parsed<B>
  query: Parsed<Q>
}

/** The success value a handler returns: the response schema's input shape, or a Response. */
type Answer<R extends Schema> = (R extends z.ZodType ? z.input<R> : unknown) | Response

/** A route table row as written in a route module. */
export type RouteSpec<B extends Schema, Q extends Schema, R extends Schema, M extends boolean> = Omit<
  RouteDef,
  'handler' | 'body' | 'query' | 'response' | 'multipart'
> & {
  body?: B
  query?: Q
  response?: R
  multipart?: M
  /** Documents a body that the handler's command validates itself (e.g. a methodology pack). */
  documentedBody?: z.ZodType
  handler: (c: Ctx, deps: ResolvedDeps, input: RouteInput<B, Q, M>) => Promise<Answer<R>> | Answer<R>
}

/** Read the JSON body; malformed JSON is a 400 `malformed_json`, schema errors a 400 `invalid_input`. */
async function readJsonBody(c: Ctx, schema: z.ZodType): Promise<unknown> {
  let raw: unknown
  try {
    raw = await c.req.json()
  } catch {
    throw badRequest('The request body is not valid JSON.', undefined, 'malformed_json')
  }
  return parseWith(schema, raw)
}

function isUpload(c: Ctx): boolean {
  return (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
}

/** Build a route table row: parse body and query, run the handler, present its answer. */
export function route<
  B extends Schema = undefined,
  Q extends Schema = undefined,
  R extends Schema = undefined,
  M extends boolean = false,
>(spec: RouteSpec<B, Q, R, M>): RouteDef {
  const { handler, documentedBody, ...row } = spec
  return {
    ...row,
    body: documentedBody ?? spec.body,
    handler: async (c, deps) => {
      let body: unknown
      if (spec.body) body = spec.multipart && isUpload(c) ? null : await readJsonBody(c, spec.body)
      const query = spec.query ? parseWith(spec.query, c.req.query()) : undefined
      const answer = await handler(c, deps, { body, query } as RouteInput<B, Q, M>)
      if (answer instanceof Response) return answer
      if (spec.status === 204) return c.body(null, 204)
      return c.json(answer as object, spec.status)
    },
  }
}
