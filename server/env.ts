/**
 * Configuration is read here and nowhere else: zod-validated, with a readable message on bad input
 * so a mistyped PORT stops the server at start-up instead of at the first request.
 */
import { resolve } from 'node:path'
import { z } from 'zod'

export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(
      z.array(
        z.url({ message: 'ALLOWED_ORIGINS must be a comma list of origins like http://localhost:5173' }),
      ),
    ),
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      message: 'PUBLIC_URL must be the address people open, like https://shaffof.example.uz',
    })
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, '') : undefined)),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.string().optional(),
  DATABASE_URL: optionalUrl(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres://… URL'),
  REDIS_URL: optionalUrl(/^rediss?:\/\//, 'REDIS_URL must be a redis://… URL'),
})

/** An optional URL setting with a scheme; empty means unset. */
function optionalUrl(scheme: RegExp, message: string) {
  return z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .refine((v) => v === undefined || scheme.test(v), { message })
}

/** The validated settings of one server process. */
export type Env = {
  host: string
  port: number
  dataDir: string
  allowedOrigins: string[]
  /** The address people open (join links; its host passes the Host check; https turns on HSTS). */
  publicUrl: string | undefined
  logLevel: LogLevel
  production: boolean
  /** PostgreSQL store (scale-out); unset: files under `dataDir`. */
  databaseUrl?: string
  /** Redis bus between instances; only with `databaseUrl`. */
  redisUrl?: string
}

/** Parse settings from `source` (defaults to process.env); throws an Error naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new Error(
      'Invalid configuration:\n  REDIS_URL is set without DATABASE_URL: DATABASE_URL is needed (instances sharing rooms over Redis need one PostgreSQL store). Set DATABASE_URL=postgres://… as well, or unset REDIS_URL for a single instance.',
    )
  }
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.DATA_DIR),
    allowedOrigins: e.ALLOWED_ORIGINS,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
  }
}
