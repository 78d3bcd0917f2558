// @vitest-environment jsdom
/**
 * The draft form in a DOM: a text the server refuses as not legal (422 not_legal_text) shows the
 * reason; ticking "Plain text" sends `plainText: true` and the draft is created.
 */
import { act } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DraftInputForm } from '../../../client/features/drafts/DraftInputForm'
import { initI18n } from '../../../client/i18n'
import { domRootPerTest } from '../domRoot'

const dom = domRootPerTest()
beforeAll(() => {
  initI18n('en')
})
afterEach(() => vi.unstubAllGlobals())

const NEWS = 'The council approved a new park on Tuesday. Residents welcomed the decision.'

function setValue(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('DraftInputForm: plain text option', () => {
  it('shows why a text was refused, then sends plainText when the box is ticked', async () => {
    const bodies: Record<string, unknown>[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init: RequestInit) => {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>
        bodies.push(body)
        if (!body.plainText) {
          return new Response(
            JSON.stringify({
              error: { code: 'not_legal_text', message: 'This does not look like a legal text.' },
            }),
            { status: 422 },
          )
        }
        return new Response(JSON.stringify({ id: 'd1', title: 'News', language: 'en', units: [] }), {
          status: 201,
        })
      }),
    )
    const created: unknown[] = []
    const host = dom.mount(
      <DraftInputForm endpoint="/api/drafts" requireTitle onCreated={(d) => created.push(d)} />,
    )
    const form = host.querySelector('[data-testid="draft-form"]') as HTMLFormElement
    act(() => {
      setValue(host.querySelector('input[name="title"]') as HTMLInputElement, 'News')
      setValue(host.querySelector('textarea[name="text"]') as HTMLTextAreaElement, NEWS)
    })
    await act(async () => {
      form.requestSubmit()
    })
    await vi.waitFor(() => expect(host.textContent).toMatch(/does not look like a legal text/))
    expect(host.textContent).toMatch(/tick “Plain text”/)
    expect(created).toHaveLength(0)
    const box = host.querySelector('[data-testid="draft-plain-text"]') as HTMLInputElement
    expect(box.closest('label')?.textContent).toMatch(/Plain text \(not a legal act\)/)
    act(() => box.click())
    await act(async () => {
      form.requestSubmit()
    })
    await vi.waitFor(() => expect(created).toHaveLength(1))
    expect(bodies.map((b) => b.plainText ?? false)).toEqual([false, true])
    expect(bodies[1]).toMatchObject({ title: 'News', text: NEWS, plainText: true })
  })
})
