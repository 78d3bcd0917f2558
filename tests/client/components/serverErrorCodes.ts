/**
 * Reads every error `code` the server can emit straight from `server/**` sources, so a new code
 * without a translation fails the catalogue test. Looks at calls of the error helpers of
 * `server/errors.ts` (and `errorBody`), at `code: '…'` / `code = '…'` literals (converter workers,
 * helper defaults) and at status→code tables (`400: 'invalid_input'`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Functions whose snake_case string arguments are error codes. */
const ERROR_CALLS =
  /\b(AppError|badRequest|unauthorized|forbidden|notFound|conflict|tooLarge|unsupportedType|unprocessable|tooManyRequests|errorBody)\(/g
/** A code: lower-case words joined by "_" (messages have spaces, capitals or punctuation). */
const CODE_LITERAL = /'([a-z][a-z0-9]*(?:_[a-z0-9]+)*)'/g

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p))
    else if (/\.(ts|mts|mjs|js)$/.test(name)) out.push(p)
  }
  return out
}

/** The text of a call from its "(" to the matching ")", skipping string and template contents. */
export function callText(src: string, open: number): string {
  let depth = 0
  let quote: string | null = null
  for (let i = open; i < src.length; i++) {
    const ch = src[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return src.slice(open, i + 1)
  }
  return src.slice(open)
}

/** Every code literal in one source text. */
export function codesInSource(src: string): Set<string> {
  const codes = new Set<string>()
  // Template literals hold messages (`finding${n > 1 ? 's' : ''}`), never codes.
  const addLiterals = (text: string) => {
    for (const m of text.replace(/`[^`]*`/g, '``').matchAll(CODE_LITERAL)) codes.add(m[1] as string)
  }
  for (const m of src.matchAll(ERROR_CALLS)) {
    addLiterals(callText(src, (m.index ?? 0) + m[0].length - 1))
  }
  // `code: 'x'` or `code: cond ? 'x' : 'y'` (worker replies), but not `code: { type: 'string' }`.
  for (const m of src.matchAll(/\bcode:\s*([^,\n{}]*)/g)) addLiterals(m[1] as string)
  // Helper defaults: `(message: string, code = 'conflict') =>`.
  for (const m of src.matchAll(/\bcode\s*=\s*('[^']*')/g)) addLiterals(m[1] as string)
  for (const m of src.matchAll(/^\s*\d{3}:\s*('[^']*')/gm)) addLiterals(m[1] as string)
  return codes
}

/** Every error code found in the server's sources, with the files that mention it. */
export function serverErrorCodes(root: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const serverDir = join(root, 'server')
  for (const file of sourceFiles(serverDir)) {
    for (const code of codesInSource(readFileSync(file, 'utf8'))) {
      out.set(code, [...(out.get(code) ?? []), file.slice(root.length + 1)])
    }
  }
  return out
}
