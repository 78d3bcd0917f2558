// @vitest-environment jsdom
/**
 * Experts authoring the conclusion: the add-a-finding form and span adjuster produce checked spans,
 * and both room commands pass the server's consolidated-room rules (run through the real ShadowGuard),
 * while a direct span edit is still refused.
 */
import { act } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { AuthorFindingForm } from '../../../client/features/compare/consolidate/AuthorFindingForm'
import {
  adjustSpan,
  buildAuthoredFinding,
  checkSpan,
} from '../../../client/features/compare/consolidate/authoring'
import { ConsolidatedFindingCard } from '../../../client/features/compare/consolidate/ConsolidatedFindingCard'
import { recordResponse } from '../../../client/features/compare/consolidate/decisions'
import { initI18n } from '../../../client/i18n'
import { reviewRoomRules } from '../../../server/collab/invariants'
import { DEFAULT_SIZE_CAPS, ShadowGuard } from '../../../server/collab/shadowGuard'
import {
  clusterDecisionsMap,
  createFinding,
  findFinding,
  findingsMap,
  readDecisions,
  readFindings,
} from '../../../shared/collab/roomDoc'
import type { Finding } from '../../../shared/domain/finding'
import { domRootPerTest, setValue } from '../domRoot'

const unit = {
  id: 'u1',
  kind: 'part' as const,
  number: '1',
  label: 'Article 4(1)',
  parentId: null,
  text: 'The minister may, at his discretion, grant a licence.',
}
const other = { ...unit, id: 'u2', label: 'Article 5', text: 'Fees are set by the ministry.' }
const alice = { id: 'ea', name: 'Alice' }
const bob = { id: 'eb', name: 'Bob' }

const { mount: render } = domRootPerTest()
const q = <T extends Element>(el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as T

beforeAll(() => {
  initI18n('en')
})

describe('AuthorFindingForm', () => {
  it('adds a finding from a text selection in the chosen norm, with factors, risk and texts', () => {
    const onAdd = vi.fn()
    const el = render(
      <AuthorFindingForm
        units={[unit, other]}
        factorIds={['discretion', 'no-deadline']}
        factorName={(id) => `F:${id}`}
        onAdd={onAdd}
      />,
    )
    act(() => q<HTMLButtonElement>(el, 'author-open').click())
    const add = q<HTMLButtonElement>(el, 'author-add')
    expect(add.disabled).toBe(true)
    act(() => setValue(q(el, 'author-unit'), 'u1'))
    const area = q<HTMLTextAreaElement>(el, 'span-source')
    expect(area.value).toBe(unit.text)
    act(() => {
      area.setSelectionRange(18, 35)
      area.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    })
    expect(q(el, 'span-quote').textContent).toBe('at his discretion')
    const box = [...el.querySelectorAll('label')].find((l) => l.textContent === 'F:discretion')
    act(() => box?.querySelector('input')?.click())
    act(() => setValue(q(el, 'author-risk'), 'high'))
    act(() => setValue(q(el, 'author-rationale'), ' No criteria. '))
    act(() => setValue(q(el, 'author-proposal'), 'Add criteria.'))
    expect(q<HTMLButtonElement>(el, 'author-add').disabled).toBe(false)
    act(() => q<HTMLButtonElement>(el, 'author-add').click())
    expect(onAdd).toHaveBeenCalledTimes(1)
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({
      start: 18,
      end: 35,
      factorIds: ['discretion'],
      risk: 'high',
      rationale: ' No criteria. ',
      proposal: 'Add criteria.',
    })
    expect(onAdd.mock.calls[0]?.[0].unit.id).toBe('u1')
  })

  it('finds a typed quote in the norm and refuses text that is not there', () => {
    const onAdd = vi.fn()
    const el = render(
      <AuthorFindingForm units={[unit]} factorIds={[]} factorName={(id) => id} onAdd={onAdd} />,
    )
    act(() => q<HTMLButtonElement>(el, 'author-open').click())
    act(() => setValue(q(el, 'author-unit'), 'u1'))
    act(() => setValue(q(el, 'span-typed'), 'not in this norm'))
    expect(el.textContent).toContain('This text is not in the norm.')
    expect(q<HTMLButtonElement>(el, 'author-add').disabled).toBe(true)
    act(() => setValue(q(el, 'span-typed'), 'grant a licence'))
    expect(q<HTMLInputElement>(el, 'span-start').value).toBe('37')
    act(() => q<HTMLButtonElement>(el, 'author-add').click())
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({ start: 37, end: 52 })
  })
})

describe('span adjustment on a consolidated finding', () => {
  it('lets an expert move the span within the unit, the quote following the text', () => {
    const doc = new Y.Doc()
    createFinding(
      doc,
      buildAuthoredFinding(
        { unit, start: 18, end: 35, factorIds: [], risk: 'low', rationale: 'R', proposal: 'P' },
        { id: 'cf-1', author: alice, now: '2026-01-01T00:00:00.000Z' },
      ),
    )
    const finding = findFinding(doc, 'cf-1', 'consolidated') as Finding
    const onAdjust = vi.fn()
    const el = render(
      <ConsolidatedFindingCard
        doc={doc}
        finding={finding}
        canEdit
        groupName={(g) => g}
        factorName={(f) => f}
        sourceQuote={() => undefined}
        onRisk={() => {}}
        onRespond={() => {}}
        unit={unit}
        onAdjust={onAdjust}
      />,
    )
    act(() => q<HTMLButtonElement>(el, 'span-adjust').click())
    expect(q<HTMLButtonElement>(el, 'span-save').disabled).toBe(true)
    act(() => setValue(q(el, 'span-start'), '4'))
    expect(q(el, 'span-quote').textContent).toBe('minister may, at his discretion')
    act(() => setValue(q(el, 'span-end'), '99'))
    expect(el.textContent).toContain("The span must lie within the norm's text.")
    act(() => setValue(q(el, 'span-end'), '35'))
    act(() => q<HTMLButtonElement>(el, 'span-save').click())
    expect(onAdjust).toHaveBeenCalledWith(4, 35)
  })

  it('has no adjuster for readers', () => {
    const doc = new Y.Doc()
    const f = buildAuthoredFinding(
      { unit, start: 0, end: 3, factorIds: [], risk: 'low', rationale: '', proposal: '' },
      { id: 'cf-2', author: alice, now: '2026-01-01T00:00:00.000Z' },
    )
    createFinding(doc, f)
    const el = render(
      <ConsolidatedFindingCard
        doc={doc}
        finding={findFinding(doc, 'cf-2') as Finding}
        canEdit={false}
        groupName={(g) => g}
        factorName={(x) => x}
        sourceQuote={() => undefined}
        onRisk={() => {}}
        onRespond={() => {}}
        unit={unit}
        onAdjust={() => {}}
      />,
    )
    expect(q(el, 'span-adjust')).toBeNull()
  })
})

/** A server doc behind the consolidated room's real rules, and an expert's client doc feeding it. */
function guardedRoom() {
  const server = new Y.Doc()
  const guard = new ShadowGuard(server, reviewRoomRules('consolidated'), DEFAULT_SIZE_CAPS)
  const client = (user: { id: string; name: string }) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
    doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'server') guard.apply(u, user, 'client')
    })
    server.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'server'))
    return doc
  }
  return { server, client }
}

describe('room rules', () => {
  it('accept an expert-authored finding and a span adjustment by another expert', () => {
    expect(checkSpan(unit, 3, 3)).toEqual({ ok: false, reason: 'empty' })
    const { server, client } = guardedRoom()
    const a = client(alice)
    const b = client(bob)
    createFinding(
      a,
      buildAuthoredFinding(
        {
          unit,
          start: 18,
          end: 35,
          factorIds: ['discretion'],
          risk: 'high',
          rationale: 'Why',
          proposal: 'What',
        },
        { id: 'cf-a', author: alice, now: '2026-01-01T00:00:00.000Z' },
      ),
    )
    clusterDecisionsMap(a).set('x+y', {
      status: 'accepted',
      findingId: 'cf-a',
      by: alice,
      at: '2026-01-01T00:00:00.000Z',
    })
    recordResponse(a, 'cf-a', 'partly', 'Half', alice, '2026-01-02T00:00:00.000Z')
    const before = findFinding(b, 'cf-a', 'consolidated') as Finding
    expect(before.quote).toBe('at his discretion')
    adjustSpan(
      b,
      before,
      unit,
      { start: 4, end: 35 },
      { id: 'cf-b', author: bob, now: '2026-01-03T00:00:00.000Z' },
    )
    const live = readFindings(server, 'consolidated')
    expect(live.map((f) => f.id)).toEqual(['cf-b'])
    expect(live[0]).toMatchObject({
      start: 4,
      end: 35,
      quote: 'minister may, at his discretion',
      factorIds: ['discretion'],
      risk: 'high',
      rationale: 'Why',
      proposal: 'What',
      sources: [],
      response: { status: 'partly', reason: 'Half' },
    })
    expect((findingsMap(server).get('cf-a') as Y.Map<unknown>).get('deleted')).toBe(true)
    expect(readDecisions(server).get('x+y')?.findingId).toBe('cf-b')
  })

  it('still refuse a direct change of a span', () => {
    const { client } = guardedRoom()
    const a = client(alice)
    createFinding(
      a,
      buildAuthoredFinding(
        { unit, start: 0, end: 3, factorIds: [], risk: 'low', rationale: '', proposal: '' },
        { id: 'cf-c', author: alice, now: '2026-01-01T00:00:00.000Z' },
      ),
    )
    expect(() => (findingsMap(a).get('cf-c') as Y.Map<unknown>).set('start', 1)).toThrow(
      /start cannot change/,
    )
  })
})
