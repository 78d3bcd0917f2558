/** Password hashing with scrypt (node:crypto), a per-user salt and a timing-safe compare. */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

const KEY_LENGTH = 64
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, PARAMS, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

/** Hash a new password; returns hex hash and salt. */
export async function hashPassword(password: string): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(16)
  const key = await derive(password, salt)
  return { hash: key.toString('hex'), salt: salt.toString('hex') }
}

/** Check a password against a stored hash and salt. */
export async function verifyPassword(password: string, hash: string, salt: string): Promise<boolean> {
  const expected = Buffer.from(hash, 'hex')
  const actual = await derive(password, Buffer.from(salt, 'hex'))
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/** A hash to compare against when the user does not exist, so timing does not reveal valid names. */
export const DUMMY_CREDENTIALS = { hash: '00'.repeat(KEY_LENGTH), salt: '00'.repeat(16) }
