import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach } from 'vitest'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

/**
 * A React root in a fresh jsdom host for each test of the calling file, unmounted afterwards;
 * `mount(node)` renders and returns the host element.
 */
export function domRootPerTest(): { mount: (node: ReactNode) => HTMLElement } {
  let root: Root | null = null
  let host: HTMLElement | null = null
  afterEach(() => {
    act(() => root?.unmount())
    root = null
    host?.remove()
  })
  return {
    mount(node) {
      host = document.createElement('div')
      document.body.append(host)
      const r = createRoot(host)
      root = r
      act(() => r.render(node))
      return host
    },
  }
}

/** Set a form control's value the way typing or choosing does, so React's onChange sees it. */
export function setValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  const proto = Object.getPrototypeOf(el) as object
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
}
