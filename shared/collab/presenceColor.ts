/**
 * Presence colours go into style attributes on every peer's screen, so only `#rrggbb` is ever used:
 * anything else (`red;position:fixed;…`) could inject CSS. The server stamps presence with a checked
 * colour and clients check again when they read it.
 */

/** `#rrggbb`, nothing else. */
export const PRESENCE_COLOR = /^#[0-9a-fA-F]{6}$/

/** The colour shown when a state carries none or an unsafe one. */
export const FALLBACK_COLOR = '#6b7280'

/** Whether `value` is a safe colour. */
export function isPresenceColor(value: unknown): value is string {
  return typeof value === 'string' && PRESENCE_COLOR.test(value)
}

/** `value` when it is a safe colour, else the fallback. */
export function safePresenceColor(value: unknown): string {
  return isPresenceColor(value) ? value : FALLBACK_COLOR
}
