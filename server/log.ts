/** A tiny levelled logger: one JSON line per event, so request ids can be grepped. */
import type { LogLevel } from './env.js'

const ORDER: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 }

/** What every server part logs through. */
export type Logger = {
  error(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
  info(msg: string, fields?: Record<string, unknown>): void
  debug(msg: string, fields?: Record<string, unknown>): void
}

/** A logger writing to stderr (errors, warnings) and stdout (the rest) at or above `level`. */
export function createLogger(level: LogLevel = 'info'): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] > ORDER[level]) return
    const line = JSON.stringify({ t: new Date().toISOString(), level: at, msg, ...fields })
    if (at === 'error' || at === 'warn') process.stderr.write(`${line}\n`)
    else process.stdout.write(`${line}\n`)
  }
  return {
    error: (m, f) => emit('error', m, f),
    warn: (m, f) => emit('warn', m, f),
    info: (m, f) => emit('info', m, f),
    debug: (m, f) => emit('debug', m, f),
  }
}
