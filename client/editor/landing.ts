/**
 * Jumps in the draft that land and stay. Off-screen chunks of the draft skip layout
 * (`content-visibility: auto`) and stand in with an estimated height, so a smooth scroll to a far
 * unit aims at a position that moves while the chunks it passes get laid out. Instead we scroll
 * instantly, then re-aim on the next frames until the target sits still where we put it; chunks
 * laid out later above it are absorbed by the browser's scroll anchoring.
 */

/** How far (px) the target may drift from the aimed position and still count as landed. */
const TOLERANCE = 3
/** Frames to keep re-aiming at most (about half a second), and frames it must stay put. */
const MAX_FRAMES = 30
const STILL_FRAMES = 3

/** The nearest scrolling ancestor of an element (the draft's own scroller, else the page). */
function scrollerOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p)
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p
  }
  return document.scrollingElement as HTMLElement
}

/** Offset of the element's centre from the centre of the scroller's visible box. */
function offCentre(el: HTMLElement, scroller: HTMLElement): number {
  const box = el.getBoundingClientRect()
  const view =
    scroller === document.scrollingElement
      ? { top: 0, height: window.innerHeight }
      : scroller.getBoundingClientRect()
  const centre = Math.min(box.height, view.height) / 2
  return box.top + centre - (view.top + view.height / 2)
}

let pending = 0

/**
 * Scroll `el` to the middle of its scroller and keep correcting until it stays there.
 * Resolves with the final distance from the aimed position (0 when landed).
 */
export function landOn(el: HTMLElement): Promise<number> {
  const run = ++pending
  el.scrollIntoView({ block: 'center', behavior: 'instant' })
  return new Promise((resolve) => {
    let frames = 0
    let still = 0
    /** One frame of the landing: the distance left when done, undefined to go on. */
    const settle = (): number | undefined => {
      // A newer jump takes over; an element gone from the page has nothing to land on.
      if (run !== pending || !el.isConnected) return Number.NaN
      // The draft may only now be shown (a phone switching from the panel to the draft).
      if (el.getClientRects().length === 0) return ++frames >= MAX_FRAMES ? Number.NaN : undefined
      const scroller = scrollerOf(el)
      const off = offCentre(el, scroller)
      const room =
        off < 0 ? scroller.scrollTop : scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop
      if (Math.abs(off) > TOLERANCE && room > 1) {
        still = 0
        scroller.scrollTop += off
      } else still++
      return still >= STILL_FRAMES || ++frames >= MAX_FRAMES ? Math.abs(off) : undefined
    }
    const step = (): void => {
      const done = settle()
      if (done === undefined) requestAnimationFrame(step)
      else resolve(done)
    }
    requestAnimationFrame(step)
  })
}
