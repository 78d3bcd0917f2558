/**
 * The room manager: loads each room once (concurrent callers share the load), hands the same Y.Doc
 * to WebSocket peers and REST, saves through the store on the persistence schedule, unloads idle
 * saved rooms, keeps peers alive with pings, and re-checks access on demand.
 */
import * as Y from 'yjs'
import { CLOSE_CODES, ROOM_NAME_RE } from '../../shared/collab/rooms.js'
import { AppError, badRequest } from '../errors.js'
import type { RoomStore } from '../storage/roomFiles.js'
import { Connection, type ConnectionAccess } from './connection.js'
import { LocalFanout, type RoomFanout } from './fanout.js'
import { DEFAULT_SAVE_TIMING } from './persistence.js'
import { ACCESS_CHANGED_FRAME } from './protocol.js'
import { type Revocation, revokeConnections } from './revoke.js'
import { Room, type RoomBus } from './room.js'
import { DEFAULT_SIZE_CAPS, type RoomRules, type RoomSizeCaps } from './shadowGuard.js'
import { applyAccess, type RoomManagerStats, roomStats } from './stats.js'
import {
  type AccessDecision,
  type Authorize,
  type CollabLogger,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  type SocketLike,
} from './types.js'
import { UserConnectionCount } from './userCaps.js'

/** Options of `createRoomManager`; only `store` is required. */
export type RoomManagerOptions = {
  store: RoomStore
  fanout?: RoomFanout
  saveDebounceMs?: number
  saveMaxWaitMs?: number
  saveRetryBaseMs?: number
  saveRetryMaxMs?: number
  /** A room with no connections unloads this long after its last use, once saved (default 30 s). */
  idleUnloadMs?: number
  /** Keepalive ping period; a peer that missed the previous pong is dropped (default 30 s). */
  pingIntervalMs?: number
  limits?: Partial<ConnectionLimits>
  log?: CollabLogger
  /** Shares loaded rooms with other instances (Redis); absent for a single instance. */
  bus?: RoomBus
  /** The rules client updates must keep, per room (`reviewRoomRules` in the app); none by default. */
  rulesFor?: (room: string) => RoomRules | null
  /** Caps on update and room size, enforced where `rulesFor` gives rules. */
  sizeCaps?: Partial<RoomSizeCaps>
  /** Most open connections of one participant (or role-less user) across all rooms (default 64). */
  maxConnectionsPerUser?: number
}

/** The live rooms of one server process. */
export interface RoomManager {
  /** The room's doc, loaded before it resolves; REST reads/writes findings with `shared/collab/roomDoc.ts`. */
  getDoc(room: string): Promise<Y.Doc>
  /** The loaded room (loading it first). */
  open(room: string): Promise<Room>
  /** The room if it is loaded right now. */
  peek(room: string): Room | undefined
  /**
   * Attach a peer whose access was decided at `accessEpoch` (see `accessEpoch`); `authorize` (shared
   * by the route) is re-run with `access.credentials` on `refreshAccess`.
   */
  connect(
    room: Room,
    socket: SocketLike,
    access: ConnectionAccess,
    authorize: Authorize,
    accessEpoch: number,
  ): Connection
  /** Bumped by every `refreshAccess`; a peer authorised before a bump is re-checked when it opens. */
  readonly accessEpoch: number
  /** Save one room now if it has unsaved changes. */
  flush(room: string): Promise<void>
  /** Save every room with unsaved changes; rejects (after trying all) if any save failed. */
  flushAll(): Promise<void>
  /** Re-run authorize for the open connections of `room` (or of all rooms): flip read-only or close. */
  refreshAccess(room?: string): Promise<void>
  /**
   * Close the open sockets of an ended session or of a user's ended sessions with 4401 (see
   * `revoke.ts`); the same call serves the signal when it arrives from another instance.
   */
  revoke(signal: Revocation): number
  /** Counts and per-room figures. */
  stats(): RoomManagerStats
  /** Bytes stored for the room, or null (never stored / store can't tell). */
  roomFileSize(room: string): Promise<number | null>
  /** Close all peers (1001), save everything, stop timers. Rejects if a final save failed. */
  close(): Promise<void>
  readonly closing: boolean
}

/** Build a room manager over a store. */
export function createRoomManager(options: RoomManagerOptions): RoomManager {
  const log = options.log ?? console
  const store = options.store
  const fanout =
    options.fanout ??
    new LocalFanout((err) => log.error('collab fan-out handler failed', { error: String(err) }))
  const timing = {
    debounceMs: options.saveDebounceMs ?? DEFAULT_SAVE_TIMING.debounceMs,
    maxWaitMs: options.saveMaxWaitMs ?? DEFAULT_SAVE_TIMING.maxWaitMs,
    retryBaseMs: options.saveRetryBaseMs ?? DEFAULT_SAVE_TIMING.retryBaseMs,
    retryMaxMs: options.saveRetryMaxMs ?? DEFAULT_SAVE_TIMING.retryMaxMs,
  }
  const idleUnloadMs = options.idleUnloadMs ?? 30_000
  const maxPerUser = options.maxConnectionsPerUser ?? 64
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits }
  const rooms = new Map<string, Room>()
  const loading = new Map<string, Promise<Room>>()
  const idleTimers = new Map<Room, ReturnType<typeof setTimeout>>()
  let closing = false
  let accessEpoch = 0

  const scheduleIdleCheck = (room: Room, delay = idleUnloadMs): void => {
    clearTimeout(idleTimers.get(room))
    const timer = setTimeout(
      () => {
        idleTimers.delete(room)
        if (room.unloaded || !room.isIdle()) return // a save or leave re-schedules
        const left = room.lastTouched + idleUnloadMs - Date.now()
        if (left > 0) return scheduleIdleCheck(room, left)
        rooms.delete(room.name)
        room.dispose()
      },
      Math.max(0, delay),
    )
    timer.unref?.()
    idleTimers.set(room, timer)
  }

  const perUser = new UserConnectionCount()
  const deps = {
    store,
    fanout,
    timing,
    log,
    bus: options.bus,
    rulesFor: options.rulesFor,
    sizeCaps: { ...DEFAULT_SIZE_CAPS, ...options.sizeCaps },
    onLeave: (conn: Connection) => perUser.left(conn.user),
    onMaybeIdle: (room: Room) => {
      if (room.conns.size === 0 && !closing) scheduleIdleCheck(room)
    },
    onEmpty: (room: Room) => {
      if (closing) return
      room.saver
        .flush()
        .catch(() => undefined) // logged by the scheduler, retried with backoff
        .finally(() => deps.onMaybeIdle(room))
    },
  }

  const load = async (name: string): Promise<Room> => {
    let state: Uint8Array | null
    // The guid names the room in reports of entries that do not decode (shared/collab/decode.ts).
    const doc = new Y.Doc({ guid: name })
    try {
      state = await store.fetch(name)
      if (state) Y.applyUpdate(doc, state)
    } catch (err) {
      log.error('room could not be loaded', { room: name, error: String(err) })
      throw new AppError(
        503,
        'room_unavailable',
        'This room cannot be opened: its stored data is unreadable.',
      )
    }
    if (closing) throw new AppError(503, 'shutting_down', 'The server is shutting down.')
    const room = new Room(name, doc, deps)
    // Another instance may hold edits not saved yet: take them before anyone reads the room.
    await room.busSynced
    if (closing) {
      room.dispose()
      throw new AppError(503, 'shutting_down', 'The server is shutting down.')
    }
    rooms.set(name, room)
    scheduleIdleCheck(room)
    return room
  }

  const open = (name: string): Promise<Room> => {
    if (closing) return Promise.reject(new AppError(503, 'shutting_down', 'The server is shutting down.'))
    if (!ROOM_NAME_RE.test(name) || name === '.' || name === '..') {
      return Promise.reject(
        badRequest('Room names are 1–128 of A–Z, a–z, 0–9, ".", "_", "-".', undefined, 'invalid_room'),
      )
    }
    const room = rooms.get(name)
    if (room) {
      room.lastTouched = Date.now()
      return Promise.resolve(room)
    }
    let pending = loading.get(name)
    if (!pending) {
      pending = load(name).finally(() => loading.delete(name))
      loading.set(name, pending)
    }
    return pending
  }

  const allConnections = (): Connection[] => [...rooms.values()].flatMap((r) => [...r.conns])

  const recheck = async (conn: Connection): Promise<void> => {
    let decision: AccessDecision
    try {
      decision = await conn.recheck()
    } catch (err) {
      log.error('access re-check failed; closing so the client reconnects', {
        room: conn.room.name,
        error: String(err),
      })
      conn.close(1011, 'access check failed')
      return
    }
    if (conn.closed) return
    applyAccess(conn, decision)
    // Tell the client on its own socket, so it re-reads the review (phase, locks) at once.
    if (!conn.closed) conn.send(ACCESS_CHANGED_FRAME)
  }

  const pinger = setInterval(() => {
    for (const conn of allConnections()) conn.keepalive()
  }, options.pingIntervalMs ?? 30_000)
  pinger.unref?.()

  const flushAll = async (): Promise<void> => {
    const list = [...rooms.values()]
    const results = await Promise.allSettled(list.map((r) => r.saver.flush()))
    const failed = list.filter((_, i) => results[i]?.status === 'rejected').map((r) => r.name)
    if (failed.length)
      throw new AggregateError(
        results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])),
        `Saving rooms failed: ${failed.join(', ')}`,
      )
  }

  return {
    getDoc: async (name) => (await open(name)).doc,
    open,
    peek: (name) => rooms.get(name),
    connect(room, socket, access, authorize, epoch) {
      const conn = new Connection(room, socket, access, authorize, limits, log)
      const open = perUser.of(access.user)
      if (open >= maxPerUser) {
        log.warn('refusing a collab connection: too many for one user', { user: access.user.id, open })
        conn.close(CLOSE_CODES.protocolError, 'too many connections for one user')
        return conn
      }
      // Authorised before a refreshAccess: be read-only until the fresh decision is in.
      if (epoch !== accessEpoch) conn.readOnly = true
      // Counted before it starts: a socket that dies while starting leaves through onLeave.
      perUser.joined(access.user)
      conn.start()
      if (epoch !== accessEpoch) void recheck(conn)
      return conn
    },
    get accessEpoch() {
      return accessEpoch
    },
    flush: async (name) => rooms.get(name)?.saver.flush(),
    flushAll,
    async refreshAccess(name) {
      accessEpoch++
      const conns = name === undefined ? allConnections() : [...(rooms.get(name)?.conns ?? [])]
      await Promise.all(conns.map(recheck))
    },
    revoke: (signal) => revokeConnections(allConnections(), signal),
    stats: () => roomStats(rooms.values(), loading.size),
    roomFileSize: async (name) => (store.size ? store.size(name) : null),
    async close() {
      if (closing) return
      closing = true
      clearInterval(pinger)
      await Promise.allSettled([...loading.values()])
      for (const conn of allConnections()) conn.close(1001, 'server shutting down')
      for (const t of idleTimers.values()) clearTimeout(t)
      idleTimers.clear()
      try {
        // A failing disk gets a few more chances before edits are given up on at exit.
        for (let attempt = 1; ; attempt++) {
          try {
            await flushAll()
            break
          } catch (err) {
            if (attempt >= 3) throw err
            log.error('final save failed, retrying', { attempt, error: String(err) })
            await new Promise((r) => setTimeout(r, timing.retryBaseMs * attempt))
          }
        }
      } finally {
        for (const room of rooms.values()) room.dispose()
        rooms.clear()
      }
    },
    get closing() {
      return closing
    },
  }
}
