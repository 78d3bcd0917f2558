/**
 * Password policy for accounts an admin creates or resets: at least 10 characters, not only
 * whitespace, and not one of the passwords every guessing list starts with. The list is short on
 * purpose: with 10+ characters and a login rate limit, what remains worth refusing are the famous
 * ones and their obvious spellings.
 */
import { z } from 'zod'

/** Shortest password accepted. */
export const MIN_PASSWORD_CHARS = 10

const COMMON = new Set(
  [
    '1234567890',
    '12345678910',
    '123456789a',
    '0123456789',
    '0987654321',
    '1q2w3e4r5t',
    '1qaz2wsx3edc',
    'qwertyuiop',
    'qwerty1234',
    'qwerty12345',
    'qwerty123456',
    'asdfghjkl1',
    'zxcvbnm123',
    'password12',
    'password123',
    'password1234',
    'password!1',
    'passw0rd123',
    'p@ssw0rd123',
    'iloveyou12',
    'iloveyou123',
    'admin12345',
    'admin123456',
    'administrator',
    'letmein123',
    'welcome123',
    'welcome1234',
    'changeme123',
    'football123',
    'baseball123',
    'sunshine123',
    'princess123',
    'dragon1234',
    'monkey1234',
    'master1234',
    'superman123',
    'trustno1234',
    'abcdefghij',
    'abcd123456',
    'abc1234567',
    'aaaaaaaaaa',
    '1111111111',
    '0000000000',
    '1234512345',
    '1122334455',
    'parol12345',
    'parol123456',
    'пароль1234',
    'пароль12345',
    'йцукенгшщз',
    'qwertyqwerty',
    'shaffof123',
    'shaffof1234',
    'shaffof12345',
  ].map((p) => p.toLowerCase()),
)

/** Whether `password` is on the common list (case-insensitive, ignoring surrounding spaces). */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase())
}

/** The zod schema of a new password (setup, new users, resets). */
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_CHARS, `Password must have at least ${MIN_PASSWORD_CHARS} characters.`)
  .max(200)
  .refine((p) => p.trim().length > 0, 'Password cannot be only spaces.')
  .refine((p) => !isCommonPassword(p), 'This password is on every list of common passwords; choose another.')
