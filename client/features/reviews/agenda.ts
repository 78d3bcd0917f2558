/**
 * The facilitator's agenda: planned minutes per phase and one running timer. Pure state transitions
 * (tested) plus load/save in localStorage, so a reload of the console keeps the clock.
 */
import type { Phase } from '../../../shared/domain/review'

/** One agenda step; its title comes from the phase name. */
export type AgendaItem = { phase: Phase; minutes: number }

/** The timer: which step runs, since when, and time already spent before the last start. */
export type AgendaState = {
  items: AgendaItem[]
  active: number
  startedAt: number | null
  elapsedMs: number
}

/** A sensible seminar plan: 45 min annotating, 20 min comparing, 10 min wrap-up. */
export function defaultAgenda(): AgendaState {
  return {
    items: [
      { phase: 'annotate', minutes: 45 },
      { phase: 'reveal', minutes: 20 },
      { phase: 'closed', minutes: 10 },
    ],
    active: 0,
    startedAt: null,
    elapsedMs: 0,
  }
}

/** Time spent on the active step at `now`. */
export function elapsed(s: AgendaState, now: number): number {
  return s.elapsedMs + (s.startedAt === null ? 0 : Math.max(0, now - s.startedAt))
}

/** Milliseconds left on the active step (negative when over time). */
export function remaining(s: AgendaState, now: number): number {
  const item = s.items[s.active]
  return (item ? item.minutes * 60_000 : 0) - elapsed(s, now)
}

/** Start (or resume) the clock. */
export function start(s: AgendaState, now: number): AgendaState {
  return s.startedAt === null ? { ...s, startedAt: now } : s
}

/** Pause, keeping the time spent. */
export function pause(s: AgendaState, now: number): AgendaState {
  return s.startedAt === null ? s : { ...s, elapsedMs: elapsed(s, now), startedAt: null }
}

/** Go to a step with a fresh clock; it keeps running if it was running. */
export function goTo(s: AgendaState, index: number, now: number): AgendaState {
  const active = Math.max(0, Math.min(s.items.length - 1, index))
  return { ...s, active, elapsedMs: 0, startedAt: s.startedAt === null ? null : now }
}

/** Reset the active step's clock and stop it. */
export function reset(s: AgendaState): AgendaState {
  return { ...s, elapsedMs: 0, startedAt: null }
}

/** Change a step's planned minutes (1..600). */
export function setMinutes(s: AgendaState, index: number, minutes: number): AgendaState {
  const m = Math.max(1, Math.min(600, Math.round(Number.isFinite(minutes) ? minutes : 1)))
  return { ...s, items: s.items.map((it, i) => (i === index ? { ...it, minutes: m } : it)) }
}

/** `mm:ss` (or `h:mm:ss`), with a leading minus when over time. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : ''
  const total = Math.floor(Math.abs(ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const sec = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return h ? `${sign}${h}:${pad(m)}:${pad(sec)}` : `${sign}${pad(m)}:${pad(sec)}`
}

const key = (reviewId: string) => `shaffof.agenda.${reviewId}`

/** The saved agenda of a review, or the default when none or unreadable. */
export function loadAgenda(reviewId: string, storage: Pick<Storage, 'getItem'> = localStorage): AgendaState {
  try {
    const raw = storage.getItem(key(reviewId))
    if (!raw) return defaultAgenda()
    const s = JSON.parse(raw) as AgendaState
    if (!Array.isArray(s.items) || s.items.length === 0 || typeof s.active !== 'number')
      return defaultAgenda()
    return s
  } catch {
    return defaultAgenda()
  }
}

/** Save the agenda of a review on this device. */
export function saveAgenda(
  reviewId: string,
  s: AgendaState,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(key(reviewId), JSON.stringify(s))
  } catch {
    // Storage full or blocked: the timer still works for this page.
  }
}
