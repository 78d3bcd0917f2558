// @vitest-environment jsdom
/**
 * The conclusion's checklist in the consolidated room: a norm counts as checked when any group checked
 * it, and an expert's mark, written to the room, wins (and is what the exported conclusion counts).
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { ConsolidatedChecklist } from '../../../client/features/compare/consolidate/ConsolidatedChecklist'
import { initI18n } from '../../../client/i18n'
import { readChecklist } from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const article = (n: number): Unit => ({
  id: `a${n}`,
  kind: 'article',
  number: String(n),
  label: `Article ${n}`,
  parentId: null,
  text: `Article ${n}. Title`,
})
const units = [article(1), article(2), article(3)]

let root: Root | null = null
let host: HTMLElement | null = null

beforeAll(() => {
  initI18n('en')
})
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  vi.unstubAllGlobals()
})

describe('<ConsolidatedChecklist>', () => {
  it('counts what any group checked, and lets an expert adjust a mark live in the room', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          groups: { g1: { a1: 'none', a2: 'unreviewed' }, g2: { a1: 'found' } },
          own: {},
          merged: { a1: 'found' },
        }),
      ),
    )
    const doc = new Y.Doc()
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    await act(async () => {
      root?.render(
        <ConsolidatedChecklist
          reviewId="r1"
          doc={doc}
          units={units}
          canEdit
          groupName={(id) => `Group ${id}`}
        />,
      )
    })
    await act(async () => {})
    const count = () => host?.querySelector('[data-testid=consolidated-checklist-count]')?.textContent
    expect(count()).toBe('Checked: 1 of 3')
    expect(host.textContent).toContain('checked by: Group g1, Group g2')

    const select = host.querySelector<HTMLSelectElement>('li[data-unit-id=a3] select')
    if (!select) throw new Error('select')
    await act(async () => {
      select.value = 'none'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(readChecklist(doc).get('a3')).toBe('none')
    expect(count()).toBe('Checked: 2 of 3')
    expect(host.querySelector('li[data-unit-id=a3]')?.textContent).toContain('adjusted by an expert')
  })
})
