// @vitest-environment jsdom
/**
 * The factor picker in a DOM: grouped options with descriptions, type-to-filter, arrows + Enter,
 * digit shortcuts only while the search is empty, Escape closes, working names labelled.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FactorPicker } from '../../../client/features/room/FactorPicker'
import type { Pack } from '../../../client/features/room/types'
import { initI18n } from '../../../client/i18n'
import { builtinPacks, summarizePack } from '../../../shared/methodology'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })
// jsdom does no layout; scrolling the active option into view is a no-op here.
Element.prototype.scrollIntoView ??= () => undefined

let root: Root | null = null
let host: HTMLElement
beforeAll(() => {
  initI18n('en')
})
afterEach(() => {
  act(() => root?.unmount())
  root = null
  host?.remove()
})

// What `GET /api/methodologies` hands the room: the pack's summary.
const pack: Pack = summarizePack(builtinPacks().find((p) => p.id === 'uz-2021-regulation-3287')!)

/** Render the picker with a real selection state; returns accessors. */
function renderPicker() {
  const state = { selected: [] as string[], closed: 0 }
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  const render = () =>
    root!.render(
      <FactorPicker
        pack={pack}
        lang="en"
        selected={state.selected}
        onChange={(ids) => {
          state.selected = ids
          render()
        }}
        onClose={() => state.closed++}
      />,
    )
  act(render)
  const input = host.querySelector('input') as HTMLInputElement
  const key = (k: string) =>
    act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })))
  const type = (text: string) =>
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      setter.call(input, text)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
  const options = () => [...host.querySelectorAll<HTMLElement>('[role="option"]')]
  return { state, key, type, options, input }
}

describe('FactorPicker', () => {
  it('lists every factor of the pack, grouped, with descriptions and working-name labels', () => {
    const { options } = renderPicker()
    expect(options().map((o) => o.dataset.factorId)).toEqual(
      pack.groups.flatMap((g) => pack.factors.filter((f) => f.groupId === g.id).map((f) => f.id)),
    )
    expect(host.querySelectorAll('[role="group"]').length).toBe(pack.groups.length)
    expect(options()[0]!.querySelector('.fp-desc')!.textContent).toBe(
      pack.factors.find((f) => f.id === options()[0]!.dataset.factorId)!.description.en,
    )
    if (pack.status === 'working')
      expect(host.querySelectorAll('.fp-working').length).toBe(pack.factors.length)
  })

  it('toggles with digits while the search is empty, and with arrows + Enter', () => {
    const { state, key, options } = renderPicker()
    const ids = options().map((o) => o.dataset.factorId!)
    key('2')
    expect(state.selected).toEqual([ids[1]])
    key('ArrowDown')
    key('ArrowDown')
    key('Enter')
    expect(state.selected).toEqual([ids[1], ids[2]])
    key('2')
    expect(state.selected).toEqual([ids[2]])
    expect(options()[2]!.getAttribute('aria-selected')).toBe('true')
    key('ArrowUp')
    key('ArrowUp')
    key('ArrowUp')
    key('Enter')
    expect(state.selected).toEqual([ids[2], ids[ids.length - 1]])
  })

  it('filters as you type (digits then go to the search), and Escape closes', () => {
    const { state, key, type, options } = renderPicker()
    const target = pack.factors[pack.factors.length - 1]!
    const word = target.name.en
      .split(/\s+/)
      .find((w) => w.length > 5)!
      .toLowerCase()
    type(word)
    expect(options().length).toBeGreaterThan(0)
    expect(options().length).toBeLessThan(pack.factors.length)
    expect(options().map((o) => o.dataset.factorId)).toContain(target.id)
    key('1')
    expect(state.selected).toEqual([])
    type('no such factor zzz')
    expect(options()).toEqual([])
    key('Escape')
    expect(state.closed).toBe(1)
  })
})
