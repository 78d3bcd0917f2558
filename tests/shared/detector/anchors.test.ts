import { describe, expect, it } from 'vitest'
import { buildAnchorAutomaton, segmentsByAnchor } from '../../../shared/detector/anchors.js'
import { type Segments, segmentAt } from '../../../shared/detector/matcher.js'

/** Units joined by U+0001, as the detector joins them. */
function join(units: string[]): { text: string; segments: Segments } {
  const from: number[] = []
  const to: number[] = []
  let text = ''
  units.forEach((u, i) => {
    if (i) text += '\u0001'
    from.push(text.length)
    text += u
    to.push(text.length)
  })
  return { text, segments: { from, to } }
}

/** The answer the automaton must give: each anchor searched on its own, each start placed by segmentAt. */
function naive(anchors: string[], text: string, segments: Segments): Map<string, number[]> {
  return new Map(
    anchors.map((a) => {
      const hit: number[] = []
      for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
        const k = segmentAt(segments, at)
        if (hit[hit.length - 1] !== k) hit.push(k)
      }
      return [a, hit]
    }),
  )
}

describe('the anchor automaton', () => {
  it('finds overlapping and nested anchors in the units that hold them', () => {
    const anchors = ['aba', 'ba', 'abab', 'bab', 'may', 'mumkin', 'вправе']
    const { text, segments } = join(['ababab', 'xx may be', 'haqli emas', 'mumkin; вправе', 'ab', 'a'])
    const got = segmentsByAnchor(buildAnchorAutomaton(anchors), text, segments)
    expect(got).toEqual(naive(anchors, text, segments))
    expect(got.get('abab')).toEqual([0])
    expect(got.get('mumkin')).toEqual([3])
    expect(got.get('aba')).toEqual([0])
  })

  it('gives the per-anchor search answer on generated text', () => {
    // a small alphabet makes many overlaps; a fixed generator keeps the test repeatable
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const letters = 'abcм '
    const word = (n: number) => Array.from({ length: n }, () => letters[rand(letters.length)]).join('')
    const anchors = Array.from({ length: 40 }, () => word(1 + rand(4)))
    const units = Array.from({ length: 200 }, () => word(rand(30)))
    const { text, segments } = join(units)
    const got = segmentsByAnchor(buildAnchorAutomaton(anchors), text, segments)
    for (const a of new Set(anchors)) expect(got.get(a), a).toEqual(naive([a], text, segments).get(a))
  })
})
