/**
 * Incoming updates are tried on a shadow copy of the room's doc before the room sees them.
 *
 * Yjs cannot take an applied update back, so a rule that is checked after applying would leave the
 * forged change in the room. Here every client update is first integrated into a private shadow
 * Y.Doc whose observers hand the resulting Yjs events to the room's rules, with the connection's
 * user as context. Only when the rules accept does the room's doc receive the same update, and
 * only then is it relayed. A refused update leaves the room untouched; the shadow, which may now
 * hold it, is thrown away and rebuilt from the room (its pending structs included).
 *
 * REST writes go straight to the room's doc (trusted server code) and are mirrored into the shadow.
 * The shadow is built on the first client write, so read-only and REST-only rooms pay nothing.
 */
import * as Y from 'yjs'
import type { CollabUser } from './types.js'

/** A rule broken by an update: the socket is closed with 4400 and `message` is logged. */
export class RoomRuleViolation extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoomRuleViolation'
  }
}

/** Size caps that bound what one peer can make the server hold and relay. */
export type RoomSizeCaps = {
  /** Largest single update (bytes of the Yjs update). */
  maxUpdateBytes: number
  /** Largest room, measured as the encoded state (approximated between measurements). */
  maxRoomBytes: number
}

/** 2 MB per update (a long pasted rationale is ~40 KB); 16 MB per room (a full seminar's room is under 2 MB). */
export const DEFAULT_SIZE_CAPS: RoomSizeCaps = {
  maxUpdateBytes: 2 * 1024 * 1024,
  maxRoomBytes: 16 * 1024 * 1024,
}

/** The room's rules, handed the shadow's events for one client transaction. */
export type RoomRules = {
  /**
   * The root types the rules look after, with their kind. Other roots are inert — no reader looks
   * at them — and only the size caps bound them (tests and tools write their own maps).
   */
  readonly roots: Readonly<Record<string, 'map' | 'array'>>
  /** Check the events of one root; return the broken rule, or null. Runs inside the observer. */
  check(root: string, events: Y.YEvent<AnyType>[], user: CollabUser): string | null
}

/** Any shared type (Yjs types its event handlers per subclass). */
// biome-ignore lint/suspicious/noExplicitAny: the base of every Yjs type
export type AnyType = Y.AbstractType<any>

const FROM_SERVER = Symbol('server write mirrored into the shadow')
const FROM_CLIENT = Symbol('client update under test')

/** The shadow and the gate of one room. */
export class ShadowGuard {
  private shadow: Y.Doc | null = null
  private trial: { user: CollabUser; violation: string | null } | null = null
  private forwarding = false
  private approxBytes: number
  private measuredBytes: number
  private measuredAt = 0

  constructor(
    private readonly doc: Y.Doc,
    private readonly rules: RoomRules,
    private readonly caps: RoomSizeCaps,
  ) {
    this.approxBytes = Y.encodeStateAsUpdate(doc).byteLength
    this.measuredBytes = this.approxBytes
    doc.on('update', (update: Uint8Array) => {
      if (this.forwarding) return
      this.approxBytes += update.byteLength
      if (this.shadow) Y.applyUpdate(this.shadow, update, FROM_SERVER)
    })
  }

  /**
   * Try `update` from `user`; on success apply what it changed to the room's doc with `origin`
   * (the fan-out skips the sender by it). Throws `RoomRuleViolation` and changes nothing otherwise.
   */
  apply(update: Uint8Array, user: CollabUser, origin: unknown): void {
    if (update.byteLength > this.caps.maxUpdateBytes)
      throw new RoomRuleViolation(`update of ${update.byteLength} bytes is over the cap`)
    if (
      this.approxBytes + update.byteLength > this.caps.maxRoomBytes &&
      this.remeasure() + update.byteLength > this.caps.maxRoomBytes
    )
      throw new RoomRuleViolation('room is at its size cap')
    const shadow = this.shadow ?? this.build()
    const trial = { user, violation: null as string | null }
    this.trial = trial
    try {
      Y.applyUpdate(shadow, update, FROM_CLIENT)
    } catch (err) {
      trial.violation ??= `malformed update: ${(err as Error).message}`
    } finally {
      this.trial = null
    }
    if (trial.violation) {
      this.discardShadow()
      throw new RoomRuleViolation(trial.violation)
    }
    // The same update goes to the room, so both docs see one sequence of updates and stay equal,
    // structs still waiting for a missing dependency included.
    this.forwarding = true
    try {
      Y.applyUpdate(this.doc, update, origin)
    } finally {
      this.forwarding = false
    }
    this.approxBytes += update.byteLength
  }

  /** Whether a shadow is held now (figures and tests). */
  get hasShadow(): boolean {
    return this.shadow !== null
  }

  /** Free the shadow (room unloading). */
  dispose(): void {
    this.discardShadow()
  }

  private remeasure(): number {
    // Deletions shrink a room while the running sum only grows: measure for real, but not more than
    // every few seconds, so a room near its cap does not encode itself on every keystroke.
    if (this.approxBytes === this.measuredBytes || Date.now() - this.measuredAt < 5000)
      return this.approxBytes
    this.approxBytes = Y.encodeStateAsUpdate(this.doc).byteLength
    this.measuredBytes = this.approxBytes
    this.measuredAt = Date.now()
    return this.approxBytes
  }

  private build(): Y.Doc {
    const shadow = new Y.Doc({ gc: this.doc.gc })
    for (const [name, kind] of Object.entries(this.rules.roots)) {
      const type: AnyType = kind === 'map' ? shadow.getMap(name) : shadow.getArray(name)
      type.observeDeep((events, tr) => {
        const trial = this.trial
        if (!trial || tr.origin !== FROM_CLIENT || trial.violation) return
        trial.violation = this.rules.check(name, events, trial.user)
      })
    }
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc), FROM_SERVER)
    // What the room holds but cannot integrate yet (a missing dependency) is not in its state.
    const { pendingStructs, pendingDs } = this.doc.store
    if (pendingStructs) Y.applyUpdate(shadow, pendingStructs.update, FROM_SERVER)
    if (pendingDs) Y.applyUpdate(shadow, pendingDs, FROM_SERVER)
    this.shadow = shadow
    return shadow
  }

  private discardShadow(): void {
    this.shadow?.destroy()
    this.shadow = null
  }
}
