/**
 * `npm run data:copy`: a files DATA_DIR into an empty PostgreSQL database and back into an empty
 * folder, losing nothing (metadata, version units, rooms); a target holding data is refused.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { copyData } from '../../../server/storage/dataCopy.js'
import { openMetaStore } from '../../../server/storage/metaStore.js'
import { FileRoomStore } from '../../../server/storage/roomFiles.js'
import {
  MISSING_SERVERS_MESSAGE,
  pgAvailable,
  startPostgres,
  type TestPostgres,
} from '../../helpers/realServers.js'

if (!pgAvailable) console.warn(`skipping data:copy tests: ${MISSING_SERVERS_MESSAGE}`)
const ROOT = join(import.meta.dirname, '..', '..', '..')
const run = promisify(execFile)

describe.skipIf(!pgAvailable)('data:copy', () => {
  let server: TestPostgres
  const dirs: string[] = []
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'shaffof-copy-'))
    dirs.push(d)
    return d
  }
  beforeAll(async () => {
    server = await startPostgres()
  })
  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
    await server?.stop()
  })

  it('copies files → PostgreSQL → files with nothing lost, and refuses a target with data', async () => {
    const source = tempDir()
    const meta = await openMetaStore(source)
    await meta.update((d) => {
      d.users.push({ id: 'u1', name: 'Admin', role: 'admin', createdAt: '2026-01-01', preferences: {} })
      // A second administrator: the copy claims the first admin once, not once per admin.
      d.users.push({ id: 'u2', name: 'Admin 2', role: 'admin', createdAt: '2026-01-02', preferences: {} })
      d.sessions.push({ tokenHash: 'h1', userId: 'u1', createdAt: '2026-01-01', expiresAt: '2099-01-01' })
      d.rooms.push({ name: 'rv.r1.g.g1', reviewId: 'r1', groupId: 'g1' })
    })
    await meta.units.write('v1', [{ id: 'a1', label: '1', text: 'Статья 1' }] as never)
    const doc = new Y.Doc()
    doc.getMap('findings').set('f1', 'Korrupsiogen omil')
    await new FileRoomStore(join(source, 'rooms')).store('rv.r1.g.g1', Y.encodeStateAsUpdate(doc))

    const db = await server.createDatabase('copy1')
    const stages: string[] = []
    const summary = await copyData(source, db, (stage, done, total) =>
      stages.push(`${stage} ${done}/${total}`),
    )
    expect(summary).toMatchObject({ versions: 1, rooms: 1 })
    expect(stages).toContain('rooms 1/1')

    // The target now holds data: a second copy into it is refused, by the CLI too (exit 1).
    await expect(copyData(source, db)).rejects.toThrow(/already holds data/)
    const cli = await run('npx', ['tsx', 'scripts/data-copy.ts', source, db], { cwd: ROOT }).catch((e) => e)
    expect(cli.code).toBe(1)
    expect(String(cli.stderr)).toMatch(/already holds data/)

    // And back into an empty folder, through the CLI with its progress lines.
    const back = tempDir()
    const out = await run('npx', ['tsx', 'scripts/data-copy.ts', db, back], { cwd: ROOT })
    expect(out.stderr).toMatch(/rooms\s+\[#+\] 1\/1/)
    expect(out.stdout).toMatch(/Copied .*2 users.*1 draft versions; 1 rooms/)
    const copied = await openMetaStore(back)
    expect(copied.data.users).toEqual(meta.data.users)
    expect(copied.data.sessions).toEqual(meta.data.sessions)
    expect(copied.data.rooms).toEqual(meta.data.rooms)
    expect(await copied.units.read('v1')).toEqual(await meta.units.read('v1'))
    const roomBack = new Y.Doc()
    Y.applyUpdate(roomBack, (await new FileRoomStore(join(back, 'rooms')).fetch('rv.r1.g.g1')) as Uint8Array)
    expect(roomBack.getMap('findings').toJSON()).toEqual({ f1: 'Korrupsiogen omil' })
  })
})
