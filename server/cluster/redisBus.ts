/**
 * The room bus between instances over Redis pub/sub: one channel per loaded room (updates, presence,
 * sync requests), one channel per instance (sync replies), and a control channel (metadata commits,
 * so other instances catch up at once: sign-outs, phase, lock and move changes).
 *
 * Redis down → every instance keeps serving its rooms (`status` is `degraded`); on return each
 * instance re-subscribes, asks for what it lacks in every loaded room and re-announces its presence.
 * An instance renews a heartbeat key; presence of an instance whose key expired is removed.
 */
import { Redis } from 'ioredis'
import type { Room } from '../collab/room.js'
import type { CollabLogger } from '../collab/types.js'
import { newId } from '../ids.js'
import { decodeFrame, encodeFrame, type FrameKind, INSTANCE_ID_BYTES } from './frames.js'
import { RoomRelay } from './roomRelay.js'

const PREFIX = 'shaffof:'
const CONTROL = `${PREFIX}control`
const roomChannel = (room: string) => `${PREFIX}room:${room}`
const instanceChannel = (id: string) => `${PREFIX}instance:${id}`
const heartbeatKey = (id: string) => `${PREFIX}alive:${id}`
/** The instances that have a room loaded (entries of dead instances are skipped by their heartbeat). */
const holdersKey = (room: string) => `${PREFIX}holders:${room}`
/** Longest wait, when loading a room, for the instances holding it to send their unsaved edits. */
const SYNC_WAIT_MS = 300

/** A message on the control channel. */
export type ControlMessage = { from: string; type: 'meta'; rev: number }

/** Timing of the bus (tests shorten it). */
export type BusTiming = { heartbeatMs: number; heartbeatTtlMs: number; resyncMs: number }

/**
 * When, after Redis returns, every loaded room asks for what it lacks (each ask is also answered
 * with an ask back, so whichever instance reconnects last brings both up to date).
 */
const RESYNC_AFTER_RECONNECT_MS = [0, 100, 300, 700, 1500, 3000]

/** Reconnect delay while Redis is down: quick and flat, so an outage's end is noticed within 250 ms. */
const retryStrategy = (times: number) => Math.min(50 * times, 250)

const DEFAULT_TIMING: BusTiming = { heartbeatMs: 2000, heartbeatTtlMs: 6000, resyncMs: 15_000 }

/** The Redis bus of one instance. */
export class RedisBus {
  readonly id = newId(INSTANCE_ID_BYTES)
  private readonly ownChannel = instanceChannel(this.id)
  /** Frames and control messages published (figures: messages per update). */
  published = 0
  private readonly pub: Redis
  private readonly sub: Redis
  private readonly relays = new Map<string, RoomRelay>()
  private readonly controlListeners: ((msg: ControlMessage) => void)[] = []
  private readonly timers: ReturnType<typeof setInterval>[] = []
  private wasReady = false
  private closed = false

  constructor(
    url: string,
    private readonly log: CollabLogger,
    private readonly timing: BusTiming = DEFAULT_TIMING,
  ) {
    // Publishing while Redis is down fails at once (the resync on return covers the gap) instead
    // of queueing without bound; subscriptions wait and are restored on reconnect.
    this.pub = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy })
    this.sub = new Redis(url, { maxRetriesPerRequest: null, retryStrategy })
    for (const conn of [this.pub, this.sub]) {
      conn.on('error', () => undefined) // state changes are logged below; errors repeat while down
      conn.on('close', () => this.onStatusChange())
      conn.on('ready', () => this.onStatusChange())
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.onMessage(channel.toString(), message),
    )
    void this.sub.subscribe(CONTROL, this.ownChannel).catch(() => undefined)
    this.timers.push(
      setInterval(() => this.beat(), timing.heartbeatMs),
      setInterval(() => void this.dropDeadInstances(), timing.heartbeatMs),
      setInterval(() => this.resyncAll(), timing.resyncMs),
    )
    for (const t of this.timers) t.unref?.()
  }

  /** The command connection (shared failed-attempt counters use it). */
  get commands(): Redis {
    return this.pub
  }

  /** `redis` while both connections are up, else `degraded`. */
  get status(): 'redis' | 'degraded' {
    return this.pub.status === 'ready' && this.sub.status === 'ready' ? 'redis' : 'degraded'
  }

  /** Resolves once connected (or rejects after `timeoutMs`); start-up does not require it. */
  async ready(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.status !== 'redis') {
      if (Date.now() > deadline) throw new Error('Redis is not reachable')
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  /**
   * Relay a loaded room. `synced` resolves once an instance that holds the room answered our sync
   * request (or at once when none does, or after `SYNC_WAIT_MS`, or while Redis is down).
   */
  attach(room: Room): { detach(): void; synced: Promise<void> } {
    const relay = new RoomRelay(room, {
      id: this.id,
      publishRoom: (name, kind, seq, payload) => this.publish(roomChannel(name), kind, seq, name, payload),
      replyTo: (instance, name, kind, payload) =>
        this.publish(instanceChannel(instance), kind, 0, name, payload),
    })
    this.relays.set(room.name, relay)
    let settle: () => void = () => undefined
    const synced = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SYNC_WAIT_MS)
      settle = () => {
        clearTimeout(timer)
        resolve()
      }
    })
    relay.onSyncReply = settle
    if (this.status !== 'redis') settle() // degraded: what PostgreSQL holds is all we can get
    const holders = holdersKey(room.name)
    this.sub
      .subscribe(roomChannel(room.name))
      .then(async () => {
        if (this.relays.get(room.name) !== relay) return settle()
        await this.pub.sadd(holders, this.id)
        const others = (await this.pub.smembers(holders)).filter((h) => h !== this.id)
        const alive = others.length ? await this.pub.mget(others.map(heartbeatKey)) : []
        relay.requestSync()
        if (!alive.some((v) => v !== null)) settle()
      })
      .catch(() => settle())
    return {
      synced,
      detach: () => {
        relay.detach()
        settle()
        if (this.relays.get(room.name) !== relay) return
        this.relays.delete(room.name)
        void this.sub.unsubscribe(roomChannel(room.name)).catch(() => undefined)
        void this.pub.srem(holders, this.id).catch(() => undefined)
      },
    }
  }

  /** Tell the other instances something (metadata committed). */
  control(msg: Omit<ControlMessage, 'from'>): void {
    if (this.status !== 'redis') return
    this.published++
    this.pub.publish(CONTROL, JSON.stringify({ ...msg, from: this.id })).catch(() => undefined)
  }

  /** Receive control messages of other instances. */
  onControl(listener: (msg: ControlMessage) => void): void {
    this.controlListeners.push(listener)
  }

  async close(): Promise<void> {
    this.closed = true
    for (const t of this.timers) clearInterval(t)
    for (const relay of this.relays.values()) relay.detach()
    // Leave the holder sets too, so an instance loading these rooms next does not wait for our answer.
    await Promise.all(
      [...this.relays.keys()].map((room) => this.pub.srem(holdersKey(room), this.id).catch(() => undefined)),
    )
    this.relays.clear()
    await this.pub.del(heartbeatKey(this.id)).catch(() => undefined)
    this.pub.disconnect()
    this.sub.disconnect()
  }

  private publish(channel: string, kind: FrameKind, seq: number, room: string, payload: Uint8Array): void {
    if (this.pub.status !== 'ready') return // degraded: the sequence gap and the resync on return carry it
    this.published++
    this.pub.publish(channel, encodeFrame(kind, this.id, seq, room, payload)).catch(() => undefined)
  }

  private onMessage(channel: string, message: Buffer): void {
    try {
      if (channel === CONTROL) {
        const msg = JSON.parse(message.toString()) as ControlMessage
        if (msg.from === this.id) return
        for (const l of this.controlListeners) l(msg)
        return
      }
      const frame = decodeFrame(message)
      if (!frame || frame.from === this.id) return // our own frames come back: skip them
      this.relays.get(frame.room)?.receive(frame, channel === this.ownChannel)
    } catch (err) {
      this.log.warn('dropping a bad frame from the room bus', { channel, error: String(err) })
    }
  }

  private onStatusChange(): void {
    if (this.closed) return
    const ready = this.status === 'redis'
    if (ready === this.wasReady) return
    this.wasReady = ready
    if (!ready) {
      this.log.warn('room bus degraded: Redis unreachable; serving local rooms and retrying')
      return
    }
    this.log.info('room bus connected to Redis', { instance: this.id })
    this.beat()
    // The other instances re-subscribe at their own pace: ask now and a few more times shortly after.
    for (const delay of RESYNC_AFTER_RECONNECT_MS) {
      const t = setTimeout(() => {
        if (!this.closed && this.status === 'redis') this.resyncAll(true)
      }, delay)
      t.unref?.()
    }
  }

  private beat(): void {
    if (this.pub.status !== 'ready') return
    this.pub.set(heartbeatKey(this.id), '1', 'PX', this.timing.heartbeatTtlMs).catch(() => undefined)
  }

  /** Ask for what we lack in every loaded room (and re-announce our presence after an outage). */
  private resyncAll(announce = false): void {
    for (const relay of this.relays.values()) {
      relay.requestSync()
      if (announce) relay.announcePresence()
    }
  }

  private async dropDeadInstances(): Promise<void> {
    if (this.status !== 'redis') return
    const instances = new Set([...this.relays.values()].flatMap((r) => r.remoteInstances()))
    for (const instance of instances) {
      const alive = await this.pub.exists(heartbeatKey(instance)).catch(() => 1)
      if (alive) continue
      this.log.info('removing presence of an instance that stopped', { instance })
      for (const relay of this.relays.values()) relay.dropInstance(instance)
    }
  }
}
