/** Opaque ids, join codes and bearer tokens from the OS CSPRNG. */
import { createHash, randomBytes } from 'node:crypto'

const ID_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
/** No I/O/0/1, so a code read aloud or from a projector is not misread; 32 symbols = 5 bits each. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
/** 10 symbols × 5 bits = 50 bits: guessing is infeasible under the join rate limit. */
export const JOIN_CODE_LENGTH = 10

/** A short opaque id (URL- and room-name-safe, no dots). */
export function newId(length = 12): string {
  const bytes = randomBytes(length * 2)
  let out = ''
  // Rejection sampling keeps the distribution uniform over the 57-symbol alphabet.
  for (const b of bytes) {
    if (b < 228) out += ID_ALPHABET[b % 57]
    if (out.length === length) return out
  }
  return out + newId(length - out.length)
}

/** A fresh join code. */
export function newJoinCode(): string {
  return Array.from(randomBytes(JOIN_CODE_LENGTH), (b) => JOIN_CODE_ALPHABET[b % 32]).join('')
}

/** People type codes with spaces, dashes or lower case; compare the canonical form. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

/** A bearer token: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
