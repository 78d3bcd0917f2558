// @vitest-environment jsdom
/**
 * The room's context and its findings store: a finding in a group's room is that group's whatever
 * group id the entry claims, and the room's parts read the selection and access from the context.
 */
import { act } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { useFindingList, useFindingsStore } from '../../../client/collab/useFindings'
import { buildDraftIndex } from '../../../client/editor/draftIndex'
import { startFinding } from '../../../client/features/room/actions'
import { RoomContext, type RoomContextValue, useRoomContext } from '../../../client/features/room/RoomContext'
import { SelectionBar } from '../../../client/features/room/SelectionBar'
import { initI18n } from '../../../client/i18n'
import type { Unit } from '../../../shared/domain/draft'
import { domRootPerTest } from '../domRoot'

const units: Unit[] = [
  {
    id: 'a1',
    kind: 'article',
    number: '1',
    label: '1-modda',
    parentId: null,
    text: 'Organ rad etishi mumkin.',
  },
]
const index = buildDraftIndex(units)
const { mount } = domRootPerTest()
beforeAll(() => {
  initI18n('en')
})

function GroupsOf({ doc, groupId }: { doc: Y.Doc; groupId: string }) {
  const findings = useFindingList(useFindingsStore(doc, groupId))
  return <output>{findings.map((f) => `${f.id}:${f.groupId}`).join(',')}</output>
}

function Orphan() {
  useRoomContext()
  return null
}

describe('the room’s findings store', () => {
  it('shows a finding that claims another group as the room’s own group', () => {
    const doc = new Y.Doc()
    const id = startFinding(doc, index, {
      span: { unitId: 'a1', start: 0, end: 5 },
      groupId: 'other-group',
      author: { id: 'u1', name: 'A' },
    })!
    const host = mount(<GroupsOf doc={doc} groupId="g1" />)
    expect(host.textContent).toBe(`${id}:g1`)
  })
})

describe('the room context', () => {
  it('refuses to be read outside a room', () => {
    const spy = console.error
    console.error = () => undefined
    try {
      expect(() => mount(<Orphan />)).toThrow(/not inside a group room/)
    } finally {
      console.error = spy
    }
  })

  it('gives the selection bar the selection, access and the mark action', () => {
    let marked = 0
    const room = (readOnly: boolean) =>
      ({
        index,
        readOnly,
        nav: { selection: { unitId: 'a1', start: 0, end: 5, quote: 'Organ', clipped: false } },
        makeFinding: () => {
          marked++
          return true
        },
      }) as unknown as RoomContextValue
    const host = mount(
      <RoomContext.Provider value={room(false)}>
        <SelectionBar />
      </RoomContext.Provider>,
    )
    expect(host.textContent).toContain('“Organ”')
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="new-finding"]')!.click())
    expect(marked).toBe(1)
  })

  it('offers no mark button in a read-only room', () => {
    const value = { index, readOnly: true, nav: { selection: null } } as unknown as RoomContextValue
    const host = mount(
      <RoomContext.Provider value={value}>
        <SelectionBar />
      </RoomContext.Provider>,
    )
    expect(host.querySelector('[data-testid="new-finding"]')).toBeNull()
  })
})
