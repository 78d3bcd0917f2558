// @vitest-environment jsdom
/**
 * The suggestions panel says, in every UI language, that the detector misses factors — with an empty
 * list too, where silence would read as "no risk here" — and still lists what it found.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SuggestionsPanel } from '../../../client/features/room/SuggestionsPanel'
import type { Suggestion } from '../../../client/features/room/types'
import { applyLanguage, initI18n } from '../../../client/i18n'
import { LANGUAGE_TAGS } from '../../../shared/domain/language'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

let root: Root | null = null
let host: HTMLElement
beforeAll(() => {
  initI18n('en')
})
afterEach(async () => {
  act(() => root?.unmount())
  root = null
  host?.remove()
  await applyLanguage('en')
})

const found: Suggestion = {
  unitId: 'u1',
  start: 0,
  end: 14,
  quote: 'vakolatli organ',
  factorId: 'broad-discretion',
  marker: 'uz.discretion',
  explanation: 'A body decides without criteria.',
}

function render(suggestions: Suggestion[]): HTMLElement {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() =>
    root!.render(
      <SuggestionsPanel
        suggestions={suggestions}
        pack={null}
        lang="en"
        labelOf={() => '1-modda'}
        readOnly={false}
        failed={false}
        focusedKey={null}
        onShow={() => undefined}
        onAccept={() => undefined}
        onDismiss={() => undefined}
      />,
    ),
  )
  return host
}

const limitsOf = (el: HTMLElement) =>
  el.querySelector('[data-testid="suggestions-limits"]')?.textContent ?? ''

describe('suggestions panel states the detector’s limits', () => {
  it('under an empty list, so no suggestion does not read as no risk', () => {
    const el = render([])
    expect(el.textContent).toContain('No open suggestions')
    expect(limitsOf(el)).toMatch(/misses many factors.*no suggestion may still carry/)
  })

  it('above a list, which is still shown whole', () => {
    const el = render([found])
    expect(limitsOf(el)).toMatch(/misses many factors/)
    expect(el.querySelectorAll('[data-testid="suggestion-item"]')).toHaveLength(1)
  })

  it('in each UI language, in that language', async () => {
    const texts = new Set<string>()
    for (const tag of LANGUAGE_TAGS) {
      await act(() => applyLanguage(tag))
      const el = render([])
      const text = limitsOf(el)
      expect(text, tag).not.toBe('')
      expect(text, tag).not.toContain('suggestions.limits')
      texts.add(text)
      act(() => root?.unmount())
      root = null
      el.remove()
    }
    expect(texts.size).toBe(LANGUAGE_TAGS.length)
  })
})
