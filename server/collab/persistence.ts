/**
 * When a room is saved: debounced after changes (default 2 s) but never later than a max wait
 * (default 10 s) after the first unsaved change; a failed save is retried with exponential backoff
 * and the room stays dirty (the registry never unloads a dirty room).
 */

/** Timing of saves. */
export type SaveTiming = {
  debounceMs: number
  maxWaitMs: number
  /** First retry delay after a failed save; doubles per failure up to `retryMaxMs`. */
  retryBaseMs: number
  retryMaxMs: number
}

/** Defaults used by the room manager. */
export const DEFAULT_SAVE_TIMING: SaveTiming = {
  debounceMs: 2000,
  maxWaitMs: 10_000,
  retryBaseMs: 500,
  retryMaxMs: 30_000,
}

/** Schedules one room's saves; `save` snapshots and stores the room. */
export class SaveScheduler {
  private changeSeq = 0
  private savedSeq = 0
  private firstUnsavedAt: number | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private disposed = false
  /** Consecutive failed saves (0 when the last save succeeded). */
  failures = 0
  lastError: unknown = null
  lastSavedAt: number | null = null

  constructor(
    private readonly save: () => Promise<void>,
    private readonly timing: SaveTiming,
    private readonly hooks: { onSaved?: () => void; onFailed?: (err: unknown, attempt: number) => void } = {},
  ) {}

  /** True while some change is not yet on storage. */
  get dirty(): boolean {
    return this.savedSeq < this.changeSeq
  }

  /** True while a save is running. */
  get saving(): boolean {
    return this.inFlight !== null
  }

  /** Record a change and (re)arm the debounce, bounded by the max wait. */
  markDirty(): void {
    this.changeSeq++
    const now = Date.now()
    this.firstUnsavedAt ??= now
    if (this.failures > 0 || this.inFlight || this.disposed) return // the retry / post-save path re-arms
    this.arm(Math.min(this.timing.debounceMs, Math.max(0, this.firstUnsavedAt + this.timing.maxWaitMs - now)))
  }

  /** Save now if dirty (waiting for a running save first); rejects if that save fails. */
  async flush(): Promise<void> {
    if (this.inFlight) await this.inFlight.catch(() => undefined)
    if (!this.dirty) return
    this.clearTimer()
    await this.run()
    if (this.failures > 0) throw this.lastError
  }

  /** Stop all timers; later changes are not scheduled (used on unload and shutdown). */
  dispose(): void {
    this.disposed = true
    this.clearTimer()
  }

  private arm(delay: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      void this.run()
    }, delay)
    this.timer.unref?.()
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight
    const seq = this.changeSeq
    const startedDirtyAt = this.firstUnsavedAt
    this.firstUnsavedAt = null
    const attempt = (async () => {
      try {
        await this.save()
        this.savedSeq = Math.max(this.savedSeq, seq)
        this.failures = 0
        this.lastError = null
        this.lastSavedAt = Date.now()
      } catch (err) {
        // Keep the earliest unsaved time so max-wait still counts from the first lost change.
        this.firstUnsavedAt = startedDirtyAt ?? this.firstUnsavedAt ?? Date.now()
        this.failures++
        this.lastError = err
      }
    })()
    this.inFlight = attempt.finally(() => {
      this.inFlight = null
      this.afterRun()
    })
    return this.inFlight
  }

  private afterRun(): void {
    if (this.failures > 0) {
      this.hooks.onFailed?.(this.lastError, this.failures)
      if (!this.disposed) {
        this.arm(Math.min(this.timing.retryMaxMs, this.timing.retryBaseMs * 2 ** (this.failures - 1)))
      }
      return
    }
    if (this.dirty) {
      // Changes arrived while saving: schedule them like fresh ones (still bounded by max wait).
      if (!this.disposed) {
        const now = Date.now()
        const first = this.firstUnsavedAt ?? now
        this.arm(Math.min(this.timing.debounceMs, Math.max(0, first + this.timing.maxWaitMs - now)))
      }
      return
    }
    this.hooks.onSaved?.()
  }
}
