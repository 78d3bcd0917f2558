/** OpenAPI 3.1 generated from the route table and its zod schemas (zod 4 `z.toJSONSchema`). */
import { z } from 'zod'
import type { RouteDef } from '../routes/types.js'

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
    },
  },
}

/** The WebSocket endpoint is mounted by the collab engine, not the table; documented here by hand. */
const COLLAB_OPERATION = {
  summary:
    'y-websocket room (sync + awareness). Auth: cookie or ?token=. Refusals close with 4400/4401/4403/4404.',
  tags: ['collab'],
  operationId: 'collabRoom',
  parameters: [
    {
      name: 'room',
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,128}$' },
    },
    { name: 'token', in: 'query', required: false, schema: { type: 'string' } },
  ],
  responses: {
    '101': { description: 'Switching protocols (WebSocket)' },
    '426': { description: 'Upgrade required' },
  },
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  delete out.$schema
  return out
}

function operation(r: RouteDef) {
  const pathParams = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  const queryParams: unknown[] = []
  if (r.query) {
    const s = jsonSchema(r.query) as { properties?: Record<string, unknown>; required?: string[] }
    for (const [name, schema] of Object.entries(s.properties ?? {})) {
      queryParams.push({ name, in: 'query', required: (s.required ?? []).includes(name), schema })
    }
  }
  const content: Record<string, unknown> = {}
  if (r.body) content['application/json'] = { schema: jsonSchema(r.body) }
  if (r.multipart) {
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary' },
          title: { type: 'string' },
          language: { type: 'string' },
        },
      },
    }
  }
  const errors = [
    '400',
    ...(r.auth === 'public' ? [] : ['401']),
    ...(Array.isArray(r.auth) ? ['403'] : []),
    '404',
  ]
  return {
    summary: r.summary,
    tags: [r.tag],
    operationId: `${r.method}${r.path.replace(/[/:{}-]+(\w)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
    'x-roles': r.auth,
    ...(r.auth === 'public' ? { security: [] } : {}),
    parameters: [...pathParams, ...queryParams],
    ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
    responses: {
      [String(r.status)]: {
        description: 'Success',
        ...(r.status === 204
          ? {}
          : {
              content: {
                [r.produces ?? 'application/json']: { schema: r.response ? jsonSchema(r.response) : {} },
              },
            }),
      },
      ...Object.fromEntries(
        errors.map((code) => [
          code,
          {
            description: 'Error',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
  }
}

/** The OpenAPI document of `routes`. */
export function buildOpenApi(routes: readonly RouteDef[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const p = r.path.replace(/:([A-Za-z]+)/g, '{$1}')
    paths[p] ??= {}
    paths[p][r.method] = operation(r)
  }
  paths['/collab/{room}'] = { get: COLLAB_OPERATION }
  return {
    openapi: '3.1.0',
    info: { title: 'Shaffof API', version },
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'shaffof_session' },
      },
      schemas: { Error: ERROR_SCHEMA },
    },
    paths,
  }
}
