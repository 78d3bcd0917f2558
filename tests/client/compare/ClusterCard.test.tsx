// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { ClusterCard } from '../../../client/features/compare/consolidate/ClusterCard'
import { ConsolidatedFindingCard } from '../../../client/features/compare/consolidate/ConsolidatedFindingCard'
import { acceptCluster } from '../../../client/features/compare/consolidate/decisions'
import { buildConsolidatedFinding } from '../../../client/features/compare/consolidate/merge'
import type { Cluster } from '../../../client/features/compare/types'
import { initI18n } from '../../../client/i18n'
import { findingsMap, setFragmentPlainText } from '../../../shared/collab/roomDoc'
import type { Finding } from '../../../shared/domain/finding'
import { setValue } from '../domRoot'

// Tell React these renders run inside act(), so updates flush before assertions.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const unit = {
  id: 'u1',
  kind: 'part' as const,
  number: '1',
  label: 'Article 4(1)',
  parentId: null,
  text: 'The minister may, at his discretion, grant a licence.',
}
const base: Finding = {
  id: 'fa',
  groupId: 'g1',
  unitId: 'u1',
  unitLabel: unit.label,
  start: 17,
  end: 34,
  quote: 'at his discretion',
  factorIds: ['discretion'],
  risk: 'medium',
  status: 'open',
  rationale: 'No criteria <img src=x onerror=alert(1)>',
  proposal: 'Add criteria.',
  author: { id: 'p', name: 'P' },
  createdAt: 't',
}
const other: Finding = {
  ...base,
  id: 'fb',
  groupId: 'g2',
  start: 4,
  end: 34,
  factorIds: ['no-deadline'],
  rationale: 'No deadline.',
  proposal: 'Set 10 days.',
}
const cluster: Cluster = {
  id: 'c0',
  unitId: 'u1',
  start: 4,
  end: 34,
  factorIds: ['discretion', 'no-deadline'],
  findingIds: ['fa', 'fb'],
  groupIds: ['g1', 'g2'],
}
const names: Record<string, string> = { g1: 'Group Alpha', g2: 'Group Beta' }

let root: Root | null = null
let host: HTMLElement
function render(node: React.ReactNode): HTMLElement {
  host = document.createElement('div')
  document.body.appendChild(host)
  root = createRoot(host)
  act(() => root?.render(node))
  return host
}
const byText = (el: HTMLElement, tag: string, text: string) =>
  [...el.querySelectorAll<HTMLElement>(tag)].find((b) => b.textContent?.trim() === text) as HTMLElement

beforeAll(() => {
  initI18n('en')
})
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = null
})

describe('ClusterCard', () => {
  it("shows each group's finding as text (never as markup) and accepts with the expert's choices", () => {
    const accept = vi.fn()
    const el = render(
      <ClusterCard
        cluster={cluster}
        findings={[base, other]}
        unit={unit}
        canEdit
        groupName={(g) => names[g] ?? g}
        factorName={(f) => f.toUpperCase()}
        actions={{ accept, reject: vi.fn(), reopen: vi.fn() }}
      />,
    )
    expect(el.textContent).toContain('Group Alpha')
    expect(el.textContent).toContain('Group Beta')
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(el.querySelector('img')).toBeNull()
    expect(el.querySelector('blockquote')?.textContent).toBe(unit.text.slice(4, 34))
    const rationale = el.querySelector<HTMLSelectElement>(
      '[data-testid="rationale-choice"]',
    ) as HTMLSelectElement
    act(() => setValue(rationale, 'fb'))
    const noDeadline = [
      ...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
    ][1] as HTMLInputElement
    act(() => noDeadline.click())
    act(() => byText(el, 'button', 'Accept into the conclusion').click())
    expect(accept).toHaveBeenCalledWith({
      rationale: { kind: 'from', findingId: 'fb' },
      proposal: { kind: 'merge' },
      factorIds: ['discretion'],
    })
  })

  it('rejects only with a reason', () => {
    const reject = vi.fn()
    const el = render(
      <ClusterCard
        cluster={cluster}
        findings={[base, other]}
        unit={unit}
        canEdit
        groupName={(g) => g}
        factorName={(f) => f}
        actions={{ accept: vi.fn(), reject, reopen: vi.fn() }}
      />,
    )
    act(() => byText(el, 'button', 'Reject…').click())
    const confirm = byText(el, 'button', 'Reject') as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    act(() => setValue(el.querySelector('textarea') as HTMLTextAreaElement, 'Not a corruption risk'))
    act(() => confirm.click())
    expect(reject).toHaveBeenCalledWith('Not a corruption risk')
  })

  it('shows a decision and hides the controls from readers', () => {
    const el = render(
      <ClusterCard
        cluster={cluster}
        findings={[base, other]}
        unit={unit}
        canEdit={false}
        groupName={(g) => g}
        factorName={(f) => f}
        decision={{ status: 'rejected', reason: 'Duplicate', by: { id: 'e', name: 'Expert E' }, at: 't' }}
        actions={{ accept: vi.fn(), reject: vi.fn(), reopen: vi.fn() }}
      />,
    )
    expect(el.textContent).toContain('Rejected by Expert E: Duplicate')
    expect(el.querySelectorAll('button')).toHaveLength(0)
  })
})

describe('ConsolidatedFindingCard', () => {
  it("shows sources and follows another expert's rationale edits live", async () => {
    const d1 = new Y.Doc()
    const d2 = new Y.Doc()
    d1.on('update', (u: Uint8Array, o: unknown) => o !== 'r' && Y.applyUpdate(d2, u, 'r'))
    d2.on('update', (u: Uint8Array, o: unknown) => o !== 'r' && Y.applyUpdate(d1, u, 'r'))
    const f = buildConsolidatedFinding({
      cluster,
      findings: [base, other],
      unit,
      choice: { rationale: { kind: 'from', findingId: 'fb' }, proposal: { kind: 'merge' } },
      author: { id: 'e', name: 'E' },
      now: 't',
    })
    acceptCluster(d1, cluster.findingIds, f, { id: 'e', name: 'E' }, 't')
    const finding = { ...base, ...f, rationale: 'No deadline.', proposal: '' }
    const el = render(
      <ConsolidatedFindingCard
        doc={d1}
        finding={finding}
        canEdit={false}
        groupName={(g) => names[g] ?? g}
        factorName={(x) => x}
        sourceQuote={(_g, id) => (id === 'fa' ? base.quote : other.quote)}
        onRisk={vi.fn()}
        onRespond={vi.fn()}
      />,
    )
    const sources = el.querySelector('[data-testid="finding-sources"]') as HTMLElement
    expect(sources.textContent).toContain('Group Alpha')
    expect(sources.textContent).toContain('Group Beta')
    const editor = () => el.querySelector('[data-testid="rationale-editor"]') as HTMLElement
    await vi.waitFor(() => expect(editor()?.textContent).toBe('No deadline.'))
    expect(editor().getAttribute('contenteditable')).toBe('false')
    act(() =>
      setFragmentPlainText(
        findingsMap(d2).get(f.id)?.get('rationale') as Y.XmlFragment,
        'Rewritten by expert two',
      ),
    )
    await vi.waitFor(() => expect(editor().textContent).toBe('Rewritten by expert two'))
  })
})
