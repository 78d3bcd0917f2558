/** The room's small pure rules: order and filters, open suggestions, read-only reasons, threads, presence. */
import { describe, expect, it } from 'vitest'
import type { FindingSummary } from '../../../client/collab/findingsStore'
import { peersOf } from '../../../client/collab/presence'
import { buildDraftIndex } from '../../../client/editor/draftIndex'
import { isFindingShortcut } from '../../../client/editor/readOnlyGuard'
import { auditEntries } from '../../../client/features/room/AuditTrail'
import { readOnlyReason } from '../../../client/features/room/access'
import { checklistProgress } from '../../../client/features/room/Checklist'
import { personColor } from '../../../client/features/room/colors'
import { threadComments } from '../../../client/features/room/Discussion'
import {
  applyFilter,
  authorsOf,
  inDocumentOrder,
  NO_FILTER,
} from '../../../client/features/room/findingFilters'
import { isWorkingName } from '../../../client/features/room/packText'
import { peerSelectionSpans } from '../../../client/features/room/roomLayers'
import { openSuggestions } from '../../../client/features/room/suggestions'
import type { Comment } from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'
import { builtinPacks, summarizePack } from '../../../shared/methodology'

const units: Unit[] = ['a1', 'p1', 'a2', 'p2'].map((id, i) => ({
  id,
  kind: id.startsWith('a') ? 'article' : 'part',
  number: null,
  label: id,
  parentId: null,
  text: `text of unit ${i} long enough`,
}))
const index = buildDraftIndex(units)
const finding = (
  id: string,
  unitId: string,
  start: number,
  extra: Partial<FindingSummary> = {},
): FindingSummary => ({
  id,
  groupId: 'g',
  unitId,
  unitLabel: unitId,
  start,
  end: start + 3,
  quote: 'x',
  factorIds: [],
  risk: 'medium',
  status: 'open',
  author: { id: 'u1', name: 'Aziza' },
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
})

describe('findings order and filters', () => {
  const list = [
    finding('c', 'p2', 0),
    finding('b', 'p1', 5, { factorIds: ['f1'], risk: 'high', author: { id: 'u2', name: 'Bobur' } }),
    finding('a', 'p1', 2, { status: 'agreed' }),
    finding('z', 'gone', 0),
  ]
  it('orders by document position, unknown units last', () => {
    expect(inDocumentOrder(list, index).map((f) => f.id)).toEqual(['a', 'b', 'c', 'z'])
  })
  it('filters by factor (or untagged), status, author and risk', () => {
    expect(applyFilter(list, { ...NO_FILTER, factorId: 'f1' }).map((f) => f.id)).toEqual(['b'])
    expect(applyFilter(list, { ...NO_FILTER, factorId: '-' }).map((f) => f.id)).toEqual(['c', 'a', 'z'])
    expect(applyFilter(list, { ...NO_FILTER, status: 'agreed' }).map((f) => f.id)).toEqual(['a'])
    expect(applyFilter(list, { ...NO_FILTER, authorId: 'u2', risk: 'high' }).map((f) => f.id)).toEqual(['b'])
    expect(applyFilter(list, { ...NO_FILTER, authorId: 'u2', risk: 'low' })).toEqual([])
    expect(authorsOf(list)).toEqual([
      { id: 'u1', name: 'Aziza' },
      { id: 'u2', name: 'Bobur' },
    ])
  })
})

describe('openSuggestions', () => {
  const s = (unitId: string, start: number, factorId: string) => ({
    unitId,
    start,
    end: start + 3,
    quote: 'q',
    factorId,
    marker: 'm',
    explanation: 'e',
  })
  it('drops dismissed ones, those already made into a finding with that factor, and duplicates', () => {
    const all = [s('p1', 2, 'f1'), s('p1', 2, 'f2'), s('p2', 0, 'f1'), s('p2', 0, 'f1'), s('p2', 7, 'f3')]
    const made = [finding('x', 'p1', 2, { factorIds: ['f1'] })]
    const open = openSuggestions(all, new Set(['p2:7:10:f3']), made)
    expect(open.map((o) => `${o.unitId}:${o.start}:${o.factorId}`)).toEqual(['p1:2:f2', 'p2:0:f1'])
  })
})

describe('readOnlyReason', () => {
  const base = {
    role: 'participant' as const,
    ownGroupId: 'g1',
    groupId: 'g1',
    phase: 'annotate' as const,
    locked: [] as string[],
  }
  it('lets a participant write their own open group', () => expect(readOnlyReason(base)).toBeNull())
  it('says why otherwise', () => {
    expect(readOnlyReason({ ...base, phase: 'closed' })).toBe('closed')
    expect(readOnlyReason({ ...base, locked: ['g1'] })).toBe('locked')
    expect(readOnlyReason({ ...base, phase: 'reveal', groupId: 'g2' })).toBe('otherGroup')
    expect(readOnlyReason({ ...base, role: 'staff' })).toBe('staff')
    expect(readOnlyReason({ ...base, role: 'expert' })).toBe('expert')
    expect(
      readOnlyReason({ ...base, role: 'facilitator', ownGroupId: undefined, phase: 'closed' }),
    ).toBeNull()
  })
})

describe('threadComments', () => {
  const c = (id: string, parentId: string | null, at: string, findingId = 'f'): Comment => ({
    id,
    findingId,
    parentId,
    author: { id: 'u', name: 'U' },
    text: id,
    createdAt: at,
  })
  it('puts replies under their parent, oldest first; orphans become roots; other findings are left out', () => {
    const out = threadComments(
      [
        c('r2', null, '3'),
        c('r1', null, '1'),
        c('x', 'r1', '4'),
        c('y', 'r1', '2'),
        c('z', 'y', '5'),
        c('o', 'missing', '6'),
        c('n', null, '0', 'other'),
      ],
      'f',
    )
    expect(out.map((e) => `${e.comment.id}:${e.depth}`)).toEqual(['r1:0', 'y:1', 'z:2', 'x:1', 'r2:0', 'o:0'])
  })
})

describe('small helpers', () => {
  it('counts checklist progress over articles only', () => {
    const articles = units.filter((u) => u.kind === 'article')
    expect(
      checklistProgress(
        articles,
        new Map([
          ['a1', 'none'],
          ['p1', 'found'],
          ['a2', 'unreviewed'],
        ]),
      ),
    ).toEqual({ done: 1, total: 2 })
    expect(
      checklistProgress(
        articles,
        new Map([
          ['a1', 'found'],
          ['a2', 'none'],
        ]),
      ),
    ).toEqual({ done: 2, total: 2 })
  })
  it('lists audit entries newest first, per finding', () => {
    const e = (findingId: string, at: string) => ({
      at,
      by: { id: 'u', name: 'U' },
      findingId,
      action: 'update' as const,
      detail: '',
    })
    expect(auditEntries([e('a', '1'), e('b', '2'), e('a', '3')], 'a').map((x) => x.at)).toEqual(['3', '1'])
    expect(auditEntries([e('a', '1'), e('b', '2')]).map((x) => x.at)).toEqual(['2', '1'])
  })
  it('recognises the finding shortcut', () => {
    const k = (key: string, mods: Partial<KeyboardEvent> = {}) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...mods,
    })
    expect(isFindingShortcut(k('f'))).toBe(true)
    expect(isFindingShortcut(k('F', { shiftKey: true }))).toBe(true)
    expect(isFindingShortcut(k('Enter', { ctrlKey: true }))).toBe(true)
    expect(isFindingShortcut(k('f', { ctrlKey: true }))).toBe(false)
    expect(isFindingShortcut(k('Enter'))).toBe(false)
  })
  it('gives people stable #rrggbb colours', () => {
    expect(personColor('abc')).toBe(personColor('abc'))
    expect(personColor('abc')).toMatch(/^#[0-9a-f]{6}$/)
  })
  it('reads peers from awareness states and draws their selections', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { id: 'me', name: 'Me', color: '#000000' } }],
      [
        2,
        {
          user: { id: 'b', name: 'Bobur', color: '#1f77b4' },
          selection: { unitId: 'p1', start: 0, end: 4 },
          editingFinding: { findingId: 'f', field: 'rationale' },
        },
      ],
      [3, { cursor: null }],
      [4, { user: { id: 'a', name: 'Aziza', color: '#d62728' } }],
    ])
    const peers = peersOf(states, 1)
    expect(peers.map((p) => p.user.name)).toEqual(['Aziza', 'Bobur'])
    expect(peers[1]!.editingFinding).toEqual({ findingId: 'f', field: 'rationale' })
    const spans = peerSelectionSpans(index, peers)
    expect(spans).toHaveLength(1)
    expect(spans[0]).toMatchObject({ id: 'peer-2', from: index.starts[1], to: index.starts[1]! + 4 })
  })
})

describe('working names from the methodology list', () => {
  it('labels the factors the server marks as working names, also in an official pack', () => {
    const official = builtinPacks().find((p) => p.id === 'ru-decree-96')!
    expect(official.status).toBe('official')
    const first = official.factors[0]!
    const imported = {
      ...official,
      factors: official.factors.map((f) =>
        f.id === first.id ? { ...f, verification: { ...f.verification, name: 'working' as const } } : f,
      ),
    }
    const listed = summarizePack(imported)
    expect(listed.factors.filter((f) => isWorkingName(listed, f)).map((f) => f.id)).toEqual([first.id])
  })
})
